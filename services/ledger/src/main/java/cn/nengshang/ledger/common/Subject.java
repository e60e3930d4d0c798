package cn.nengshang.ledger.common;

/** What an operation is about: a person with their institution and department, or nothing in particular. */
public record Subject(String staffId, String institutionId, String departmentId) {

    /** An operation on the consortium's own reference data: policies, calendars, the clock. */
    public static final Subject CONSORTIUM = new Subject(null, null, null);

    public static Subject person(String staffId, String institutionId, String departmentId) {
        return new Subject(staffId, institutionId, departmentId);
    }

    /** An institution's business not tied to one person's department (a case of its staff). */
    public static Subject institution(String institutionId) {
        return new Subject(null, institutionId, null);
    }
}
