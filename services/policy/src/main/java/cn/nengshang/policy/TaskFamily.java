package cn.nengshang.policy;

/** Which set of mandatory tasks applies: clinical, medical technology/nursing/pharmacy, public health. */
public enum TaskFamily {
    CLINICAL,
    MTNP,
    PUBLIC_HEALTH
}
