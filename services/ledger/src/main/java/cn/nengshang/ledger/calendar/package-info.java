/**
 * Holiday calendars (节假日安排): public holidays with their adjusted working days, and Xinjiang's regional
 * holidays, loaded from {@code seeds/calendar} and replaceable by an administrator; the public notice of a
 * case counts its working days by them.
 */
package cn.nengshang.ledger.calendar;
