package cn.nengshang.policy.facts;

/** A research project (科研项目) or a continuing-medical-education project (继续医学教育项目). */
public enum ProjectKind {
    RESEARCH,
    CME
}
