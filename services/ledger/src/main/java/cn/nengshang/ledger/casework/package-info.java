/**
 * Casework (聘任程序): the down-grading, restoration and dismissal procedures — proposal, qualification
 * review, comprehensive assessment, committee decision, public notice with objections, approval, agreement.
 */
package cn.nengshang.ledger.casework;
