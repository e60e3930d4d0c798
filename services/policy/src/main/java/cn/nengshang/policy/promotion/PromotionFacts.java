package cn.nengshang.policy.promotion;

import cn.nengshang.policy.facts.AnnualRating;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the rules read of a person, as the record stood on the day asked: the title held ({@code ASSOCIATE_SENIOR},
 * {@code FULL_SENIOR}, or {@code INTERMEDIATE}), education, the day the title was obtained, an exceptional achievement
 * (with the day it was recorded) if any, annual ratings by year, practice exam passes, continuing education by year,
 * veto facts, the appointment state on the last day of the review year as far as known, and whether a down-grading
 * case is open.
 */
public record PromotionFacts(String title, Education education, LocalDate titleObtainedOn, String exceptional,
                             Map<Integer, AnnualRating> ratings, List<LocalDate> examPasses,
                             Map<Integer, Boolean> continuingEducation, List<VetoFact> vetoes,
                             String appointmentState, boolean openDowngradeCase) {
}
