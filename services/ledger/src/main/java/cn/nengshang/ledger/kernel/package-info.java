/**
 * The kernel every feature shares: the ids of a person's record (人员、聘期、案件), the marker of an event of
 * that record, and the directory through which a feature finds a person and who may read them.
 */
package cn.nengshang.ledger.kernel;
