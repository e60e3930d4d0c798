/**
 * Senior staff (高职称人员): registration, appointment terms (聘期) and the monthly reports of each term.
 * One aggregate per person keeps their record consistent: terms never overlap, reports fit their term.
 */
package cn.nengshang.ledger.staff;
