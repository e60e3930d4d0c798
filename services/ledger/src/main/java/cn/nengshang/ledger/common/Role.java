package cn.nengshang.ledger.common;

/** The roles of the scheme's actors (DOMAIN §2, API "Authentication and roles"). */
public enum Role {
    DEPARTMENT,
    INSTITUTION,
    PARTY_BRANCH,
    HR_CENTER,
    PARTY_COMMITTEE,
    COMMISSION,
    STAFF,
    ADMIN;

    /** Roles whose scope is one institution, or one department of it. */
    public boolean scopedToInstitution() {
        return this == DEPARTMENT || this == INSTITUTION || this == PARTY_BRANCH;
    }
}
