package cn.nengshang.ledger.config;

import cn.nengshang.policy.casework.PayScale;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import cn.nengshang.policy.progress.ProgressEvaluator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules and reference tables, read from the seed folder at start: a bad file stops the start. */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfig {

    @Bean
    SpecialtyCatalogue specialtyCatalogue(NengshangProperties properties) {
        return SpecialtyCatalogue.load(properties.seedsDir().resolve("catalog/specialties.tsv"));
    }

    @Bean
    PostGrades postGrades(NengshangProperties properties) {
        return PostGrades.load(properties.seedsDir().resolve("catalog/post-grades.tsv"));
    }

    @Bean
    PayScale payScale(NengshangProperties properties) {
        return PayScale.load(properties.seedsDir().resolve("catalog/pay-scale.tsv"));
    }

    @Bean
    ProgressEvaluator progressEvaluator() {
        return new ProgressEvaluator();
    }
}
