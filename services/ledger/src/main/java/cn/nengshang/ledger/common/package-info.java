/** What every feature shares: who acts (actor and roles), stable error codes, sending commands. */
package cn.nengshang.ledger.common;
