/**
 * Casework (聘任程序): the person's docket and its case files — the down-grading, restoration and dismissal
 * procedures: proposal, qualification review, comprehensive assessment, committee decision, public notice with
 * objections (an upheld one sends the case back to the committee), approval, agreement, or withdrawal; the
 * notice saga; the cases read model, the public notices, the clawback of a fraud.
 */
package cn.nengshang.ledger.casework;
