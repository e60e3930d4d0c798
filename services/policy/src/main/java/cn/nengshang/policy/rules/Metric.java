package cn.nengshang.policy.rules;

import java.util.Arrays;
import java.util.Optional;

/** What a monthly report (月度考核) counts, named as in the report's fields (the ledger's bundles name it for readers). */
public enum Metric {
    BUSINESS_LEARNING("businessLearning"),
    CASE_DISCUSSIONS("caseDiscussions"),
    TEACHING_ROUNDS("teachingRounds"),
    SKILLS_TRAININGS("skillsTrainings"),
    DIFFICULT_CASES("difficultCases"),
    GRADE4_OPERATIONS("grade4Operations"),
    COUNTY_CONSULTATIONS("countyConsultations"),
    GRASSROOTS_DAYS("grassrootsDays"),
    GRASSROOTS_SERVICES("grassrootsServices"),
    GRASSROOTS_GRADE2_OPERATIONS("grassrootsGrade2Operations"),
    GRASSROOTS_BUSINESS_LEARNING("grassrootsBusinessLearning"),
    GRASSROOTS_CASE_DISCUSSIONS("grassrootsCaseDiscussions"),
    GRASSROOTS_TEACHING_ROUNDS("grassrootsTeachingRounds"),
    GRASSROOTS_SKILLS_TRAININGS("grassrootsSkillsTrainings"),
    PROJECTS("projects"),
    NEW_TECHNIQUES("newTechniques");

    private final String field;

    Metric(String field) {
        this.field = field;
    }

    /** The name of the monthly report's field that holds this count. */
    public String field() {
        return field;
    }

    /** Counted from the monthly reports; the others are counted from the term's registers. */
    public boolean fromReport() {
        return this != PROJECTS && this != NEW_TECHNIQUES;
    }

    public static Optional<Metric> byField(String field) {
        return Arrays.stream(values()).filter(m -> m.field.equals(field)).findFirst();
    }
}
