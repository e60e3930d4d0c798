/** The consortium's institutions (医疗机构) and their departments (科室): reference data from the seeds. */
package cn.nengshang.ledger.organisation;
