package cn.nengshang.ledger.storage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Every serializer of the product names stored types by their stable names; the upcasters read the previous
 * versions' events as today's. Each change of shape is one line here, with what the old shape meant.
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfig {

    @Bean
    StoredTypes storedTypes() {
        return StoredTypes.scan();
    }

    /**
     * Stored decimals are read digit for digit, also where an upcaster reads an event as a JSON tree: a score
     * stored as 62.50 stays 62.50.
     */
    private static Serializer stableNames(ObjectMapper json, StoredTypes types) {
        ObjectMapper exact = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        return new StableNamesSerializer(JacksonSerializer.builder().objectMapper(exact), types);
    }

    @Bean
    @Primary
    Serializer serializer(ObjectMapper json, StoredTypes types) {
        return stableNames(json, types);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper json, StoredTypes types) {
        return stableNames(json, types);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(ObjectMapper json, StoredTypes types) {
        return stableNames(json, types);
    }

    @Bean
    EventUpcasterChain upcasters(StoredTypes types) {
        return new EventUpcasterChain(
                new LegacyNames(types),
                // a case opened before it named its term's policy follows the policy in force when it was opened
                new ShapeUpcaster("CaseOpened", "1", "2", node -> node.putNull("policyId")),
                // a report submitted before lateness was marked was on time: late first reports were refused then
                new ShapeUpcaster("MonthlyReportSubmitted", "1", "2", node -> node.put("late", false)),
                // a grade change was a down-grade when its reason, the case's outcome, said so
                new ShapeUpcaster("PostGradeChanged", "1", "2",
                        node -> node.put("downgrade", "DOWNGRADED".equals(node.path("reason").asText()))));
    }
}
