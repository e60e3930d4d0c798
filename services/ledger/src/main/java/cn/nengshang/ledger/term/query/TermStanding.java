package cn.nengshang.ledger.term.query;

/**
 * Where a term's person stood beside its tasks, as the record had it: the appointment state's name (none before
 * the first appointment), the open case, whether the term is in a rectification period.
 */
public record TermStanding(String appointmentState, String openCaseId, boolean inRectification) {
}
