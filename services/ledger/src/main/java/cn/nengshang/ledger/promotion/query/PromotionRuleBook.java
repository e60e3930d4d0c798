package cn.nengshang.ledger.promotion.query;

import cn.nengshang.policy.promotion.PromotionLoader;
import cn.nengshang.policy.promotion.PromotionRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every version of the title rules; answers which one a review year is judged by (the one in force on its 1 January). */
public record PromotionRuleBook(List<PromotionRules> versions) {

    public Optional<PromotionRules> forReviewYear(int reviewYear) {
        return PromotionLoader.inForceOn(versions, LocalDate.of(reviewYear, 1, 1));
    }
}
