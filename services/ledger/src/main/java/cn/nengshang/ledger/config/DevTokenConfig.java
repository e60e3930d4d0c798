package cn.nengshang.ledger.config;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Local and simulation only: an encoder for development tokens, signed with the development key. */
@Configuration(proxyBeanMethods = false)
@Profile({"local", "simulation"})
class DevTokenConfig {

    @Bean
    JwtEncoder devTokenEncoder(NengshangProperties properties) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(SecurityConfig.devKey(properties)));
    }
}
