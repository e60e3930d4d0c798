/** Operating the service: what the event processors parked, listed and retried by an administrator. */
package cn.nengshang.ledger.admin;
