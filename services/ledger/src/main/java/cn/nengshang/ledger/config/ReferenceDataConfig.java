package cn.nengshang.ledger.config;

import cn.nengshang.ledger.promotion.query.PromotionRuleBook;
import cn.nengshang.policy.promotion.PromotionLoader;

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
    SeedFolder seedFolder(NengshangProperties properties) {
        return SeedFolder.of(properties);
    }

    @Bean
    SpecialtyCatalogue specialtyCatalogue(SeedFolder seeds) {
        return SpecialtyCatalogue.load(seeds.resolve("catalog/specialties.tsv"));
    }

    @Bean
    PostGrades postGrades(SeedFolder seeds) {
        return PostGrades.load(seeds.resolve("catalog/post-grades.tsv"));
    }

    @Bean
    PayScale payScale(SeedFolder seeds) {
        return PayScale.load(seeds.resolve("catalog/pay-scale.tsv"));
    }

    /** The title rules (DOMAIN §9), every version in seeds/promotion. */
    @Bean
    PromotionRuleBook promotionRules(SeedFolder seeds) {
        return new PromotionRuleBook(PromotionLoader.loadFolder(seeds.resolve("promotion")));
    }

    @Bean
    ProgressEvaluator progressEvaluator() {
        return new ProgressEvaluator();
    }
}
