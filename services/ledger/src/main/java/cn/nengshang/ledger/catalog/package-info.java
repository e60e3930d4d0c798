/** The 105 declared specialties (申报专业) and post grades, as the seeds define them. */
package cn.nengshang.ledger.catalog;
