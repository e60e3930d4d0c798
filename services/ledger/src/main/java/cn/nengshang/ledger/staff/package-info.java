/**
 * Senior staff (高职称人员): registration, and the person's record — aggregate {@code StaffMember}, the one
 * consistency boundary of a person. It holds the appointment ({@code appointment}), the terms ({@code term}),
 * the cases ({@code casework}) and the assessments ({@code assessment}) as its members, and carries what one
 * part's facts mean for another: a ground found anywhere opens a case or joins the open one, a case's outcome
 * changes the appointment.
 */
package cn.nengshang.ledger.staff;
