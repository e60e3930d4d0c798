package cn.nengshang.ledger.common;

/**
 * What a reader may see of the record (the role table's {@link Operation#READ_RECORD}), applied the same
 * way to a single read and to every list: the whole consortium, one institution, one department, or the
 * reader's own record. A reader's filters can only narrow it. A reader whose roles read nothing sees nothing.
 */
public record ReadScope(String institution, String department, String staffId, boolean nothing) {

    public static ReadScope of(Actor actor) {
        Reach reach = Operation.READ_RECORD.reachOf(actor);
        if (reach == null) {
            return new ReadScope(null, null, null, true);
        }
        // a scoped reader who does not say which institution or department is theirs reads nothing
        return switch (reach) {
            case CONSORTIUM -> new ReadScope(null, null, null, false);
            case OWN_INSTITUTION -> new ReadScope(actor.institution(), null, null, actor.institution() == null);
            case OWN_DEPARTMENT -> new ReadScope(actor.institution(), actor.department(), null,
                    actor.institution() == null || actor.department() == null);
            case SELF -> new ReadScope(null, null, actor.sub(), actor.sub() == null);
        };
    }

    /** The scope of an actor narrowed by a list's filters: a filter outside the scope matches nothing. */
    public static ReadScope of(Actor actor, String institution, String department) {
        return of(actor).narrowedTo(institution, department);
    }

    public ReadScope narrowedTo(String wantedInstitution, String wantedDepartment) {
        boolean outside = (wantedInstitution != null && institution != null && !institution.equals(wantedInstitution))
                || (wantedDepartment != null && department != null && !department.equals(wantedDepartment));
        return new ReadScope(institution != null ? institution : wantedInstitution,
                department != null ? department : wantedDepartment, staffId, nothing || outside);
    }

    /** Whether a person's record lies inside the scope. */
    public boolean admits(String staffIdOfRecord, String institutionId, String departmentId) {
        return !nothing && (institution == null || institution.equals(institutionId))
                && (department == null || department.equals(departmentId))
                && (staffId == null || staffId.equals(staffIdOfRecord));
    }

    /** The staff id a query filters on: the reader's own, or, when the scope admits nothing, one no record has. */
    public String ownOnly() {
        return nothing ? "" : staffId;
    }
}
