/**
 * A term's record folded from its events: the one place that turns reports and register entries into the
 * facts the policy evaluator judges. The aggregate keeps it current; queries rebuild it as of any moment.
 */
package cn.nengshang.ledger.term.record;
