package cn.nengshang.policy.rules;

import cn.nengshang.policy.Text;

import java.util.Arrays;
import java.util.Optional;

/** What a monthly report (月度考核) counts, named as in the report's fields. */
public enum Metric {
    BUSINESS_LEARNING("businessLearning", "业务学习", "business learning sessions"),
    CASE_DISCUSSIONS("caseDiscussions", "病例讨论", "case discussions"),
    TEACHING_ROUNDS("teachingRounds", "教学查房", "teaching rounds"),
    SKILLS_TRAININGS("skillsTrainings", "技能实操培训", "skills trainings"),
    DIFFICULT_CASES("difficultCases", "疑难复杂病例", "difficult cases"),
    GRADE4_OPERATIONS("grade4Operations", "四级手术", "grade-4 operations"),
    COUNTY_CONSULTATIONS("countyConsultations", "县域内会诊", "county consultations"),
    GRASSROOTS_DAYS("grassrootsDays", "基层坐诊日", "grassroots days"),
    GRASSROOTS_SERVICES("grassrootsServices", "基层医疗服务人次", "grassroots services"),
    GRASSROOTS_GRADE2_OPERATIONS("grassrootsGrade2Operations", "基层二级手术", "grassroots grade-2 operations"),
    GRASSROOTS_BUSINESS_LEARNING("grassrootsBusinessLearning", "基层业务学习", "grassroots business learning"),
    GRASSROOTS_CASE_DISCUSSIONS("grassrootsCaseDiscussions", "基层病例讨论", "grassroots case discussions"),
    GRASSROOTS_TEACHING_ROUNDS("grassrootsTeachingRounds", "基层教学查房", "grassroots teaching rounds"),
    GRASSROOTS_SKILLS_TRAININGS("grassrootsSkillsTrainings", "基层技能实操培训", "grassroots skills trainings"),
    PROJECTS("projects", "县级及以上科研或继续医学教育项目", "county-level or higher research or CME projects"),
    NEW_TECHNIQUES("newTechniques", "新技术新项目", "new techniques and projects");

    private final String field;
    private final Text label;

    Metric(String field, String zh, String en) {
        this.field = field;
        this.label = new Text(zh, en);
    }

    /** The name of the monthly report's field that holds this count. */
    public String field() {
        return field;
    }

    /** Counted from the monthly reports; the others are counted from the term's registers. */
    public boolean fromReport() {
        return this != PROJECTS && this != NEW_TECHNIQUES;
    }

    public Text label() {
        return label;
    }

    public static Optional<Metric> byField(String field) {
        return Arrays.stream(values()).filter(m -> m.field.equals(field)).findFirst();
    }
}
