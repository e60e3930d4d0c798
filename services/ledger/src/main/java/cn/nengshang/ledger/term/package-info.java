/**
 * Appointment terms (聘期): the term entity of the person's record with its monthly reports (月度考核), registers
 * (mentees, projects, achievements, exempt weeks), quarterly verdicts (季度考核) and rectification periods (整改期);
 * the sagas of its calendar (report due days, the term's end) and of rectification; the progress of each
 * mandatory task (必尽任务) computed by the policy evaluator, rendered in the reader's language.
 */
package cn.nengshang.ledger.term;
