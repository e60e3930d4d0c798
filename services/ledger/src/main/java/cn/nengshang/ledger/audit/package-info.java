/**
 * The audit: every change and every refusal made over HTTP, with who, what and why, appended as each request
 * is answered, and read by an administrator.
 */
package cn.nengshang.ledger.audit;
