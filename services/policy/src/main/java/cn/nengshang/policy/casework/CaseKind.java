package cn.nengshang.policy.casework;

/** 高职低聘 (down-grading), restoration to the title's band, or dismissal / post adjustment. */
public enum CaseKind {
    DOWNGRADE,
    RESTORATION,
    DISMISSAL
}
