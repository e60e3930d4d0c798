package cn.nengshang.ledger.common;

/** How far a role's grant reaches: the whole consortium, the actor's own institution or department, or themselves. */
public enum Reach {
    CONSORTIUM("any"),
    OWN_INSTITUTION("own institution"),
    OWN_DEPARTMENT("own department"),
    SELF("own record");

    private final String words;

    Reach(String words) {
        this.words = words;
    }

    /** Whether an actor with this reach covers a record of the given person, institution and department. */
    boolean covers(Actor actor, Subject subject) {
        return switch (this) {
            case CONSORTIUM -> true;
            case OWN_INSTITUTION -> subject.institutionId() != null && actor.inInstitution(subject.institutionId());
            case OWN_DEPARTMENT -> subject.departmentId() != null
                    && actor.inDepartment(subject.institutionId(), subject.departmentId());
            case SELF -> subject.staffId() != null && actor.sub().equals(subject.staffId());
        };
    }

    String words() {
        return words;
    }
}
