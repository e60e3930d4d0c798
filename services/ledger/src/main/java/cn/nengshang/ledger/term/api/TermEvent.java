package cn.nengshang.ledger.term.api;

/** An event of one term of a person's record that its record folds: a report, a register entry, a verdict. */
public interface TermEvent extends OfTerm {
}
