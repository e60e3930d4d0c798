/**
 * Monthly reports arriving many at a time — a department's month as one request, the spreadsheet upload and a
 * hospital information system's records — each handled exactly as a single report's submission.
 */
package cn.nengshang.ledger.term.intake;
