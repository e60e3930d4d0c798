/**
 * Assessment beyond a term's months: annual ratings by the health commission (年度考核), and incidents of every
 * kind that the scheme acts on, with the grounds they give; the department's incidents that every judgement of a
 * term counts for Q1.
 */
package cn.nengshang.ledger.assessment;
