package cn.nengshang.ledger.common;

/** One role allowed an operation, as far as its reach. */
public record Grant(Role role, Reach reach) {

    public static Grant any(Role role) {
        return new Grant(role, Reach.CONSORTIUM);
    }

    public static Grant own(Role role, Reach reach) {
        return new Grant(role, reach);
    }

    boolean admits(Actor actor, Subject subject) {
        return actor.has(role) && reach.covers(actor, subject);
    }

    /** As the role table says it: {@code DEPARTMENT (own department)}. */
    String words() {
        return reach == Reach.CONSORTIUM ? role.name() : role.name() + " (" + reach.words() + ")";
    }
}
