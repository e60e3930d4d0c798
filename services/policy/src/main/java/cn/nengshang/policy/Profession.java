package cn.nengshang.policy;

/** The kind of post a senior holds (临床, 医技, 护理, 药学, 公共卫生, 口腔, 中医) and the task family it carries. */
public enum Profession {
    CLINICAL(TaskFamily.CLINICAL),
    MEDICAL_TECHNOLOGY(TaskFamily.MTNP),
    NURSING(TaskFamily.MTNP),
    PHARMACY(TaskFamily.MTNP),
    PUBLIC_HEALTH(TaskFamily.PUBLIC_HEALTH),
    STOMATOLOGY(TaskFamily.CLINICAL),
    TCM(TaskFamily.CLINICAL);

    private final TaskFamily family;

    Profession(TaskFamily family) {
        this.family = family;
    }

    public TaskFamily family() {
        return family;
    }
}
