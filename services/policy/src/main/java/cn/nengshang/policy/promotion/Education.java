package cn.nengshang.policy.promotion;

/** The highest education a person holds, as the title rules distinguish it: 博士, 硕士, 本科, 专科. */
public enum Education {
    DOCTORATE,
    MASTER,
    BACHELOR,
    COLLEGE
}
