package cn.nengshang.ledger.term.api;

/** What a submission did: created the month's report, found it unchanged, or corrected it; and its version. */
public record ReportReceipt(Outcome outcome, int version) {

    public enum Outcome {
        CREATED,
        UNCHANGED,
        CORRECTED
    }
}
