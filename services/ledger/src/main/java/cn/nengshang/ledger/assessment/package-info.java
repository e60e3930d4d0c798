/**
 * Assessment beyond the monthly reports: quarterly verdicts by institutions (季度考核), annual ratings by
 * the health commission (年度考核), and incidents of every kind that the scheme acts on.
 */
package cn.nengshang.ledger.assessment;
