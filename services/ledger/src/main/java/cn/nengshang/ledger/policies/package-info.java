/**
 * Policy versions (政策版本): published as events with the day they take effect; a term binds to the version
 * in force at its start, and every progress answer and verdict names the version it used.
 */
package cn.nengshang.ledger.policies;
