package cn.nengshang.ledger.kernel;

/** A fact of a person's record that opened or concluded a case, read by features that show whether one is open. */
public interface OpenCaseChanged extends PersonEvent {

    /** The case open after it; none once a case concluded. */
    CaseId openCase();
}
