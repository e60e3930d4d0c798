/**
 * The appointment (聘任): the state a person is in (appointed, in rectification, under review, down-graded,
 * dismissed) and the post grade they are paid by, from the day each change took effect; the post-grade periods
 * and the award eligibility they decide.
 */
package cn.nengshang.ledger.appointment;
