/** A person's history (个人业绩档案): every event of their record, when, by whom, in a sentence. */
package cn.nengshang.ledger.history;
