/**
 * 能上: the facts only the title rules read (education, the day the title was obtained, an exceptional achievement,
 * practice exam passes, continuing education), kept on the person's record, and the answer whether a senior may apply
 * for the next title in a review year, from the whole record as it stood on a day.
 */
package cn.nengshang.ledger.promotion;
