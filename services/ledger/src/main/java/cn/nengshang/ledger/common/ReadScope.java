package cn.nengshang.ledger.common;

/**
 * The filters a reader of lists may use: anything for the consortium-wide roles; their own institution,
 * department, or record where their role is scoped.
 */
public record ReadScope(String institution, String department, String ownOnly) {

    public static ReadScope of(Actor actor, String institution, String department) {
        if (actor.hasAny(Role.HR_CENTER, Role.COMMISSION, Role.PARTY_COMMITTEE, Role.ADMIN)) {
            return new ReadScope(institution, department, null);
        }
        if (actor.hasAny(Role.INSTITUTION, Role.PARTY_BRANCH)) {
            return new ReadScope(actor.institution(), department, null);
        }
        if (actor.has(Role.DEPARTMENT)) {
            return new ReadScope(actor.institution(), actor.department(), null);
        }
        return new ReadScope(null, null, actor.sub());
    }
}
