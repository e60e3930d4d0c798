/**
 * Appointment terms (聘期) seen from their months: monthly reports (月度考核) logged by departments, and
 * the progress of each mandatory task (必尽任务) computed from them by the policy evaluator.
 */
package cn.nengshang.ledger.term;
