/**
 * How the record is stored so that it can always be read: every stored type (event, saga, deadline payload)
 * under a stable name and revision instead of its Java class, the names of the previous version read as
 * today's, and an upcaster for each change of shape.
 */
package cn.nengshang.ledger.storage;
