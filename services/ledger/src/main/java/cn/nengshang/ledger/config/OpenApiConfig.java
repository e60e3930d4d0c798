package cn.nengshang.ledger.config;

import cn.nengshang.ledger.common.Reach;
import cn.nengshang.ledger.common.Operation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/**
 * The OpenAPI document says for every operation who may call it, from the same role table the code checks
 * ({@link Operation}): in its description and as {@code x-roles}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASE = "/api/v1";

    @Bean
    OpenApiCustomizer roles() {
        return api -> {
            if (api.getPaths() == null) return;
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String endpoint = method.name().toUpperCase(Locale.ROOT) + " "
                        + (path.startsWith(BASE) ? path.substring(BASE.length()) : path);
                Operation.of(endpoint).ifPresent(known -> {
                    String who = "Who may: " + known.who() + ".";
                    operation.setDescription(operation.getDescription() == null ? who
                            : operation.getDescription() + "\n\n" + who);
                    operation.addExtension("x-roles", known.grants().stream()
                            .map(g -> g.role().name() + (g.reach() == cn.nengshang.ledger.common.Reach.CONSORTIUM ? ""
                                    : ":" + g.reach().name())).toList());
                });
            }));
        };
    }
}
