/** Loads the organisation and, where enabled, the demo consortium's staff and terms, once. */
package cn.nengshang.ledger.demo;
