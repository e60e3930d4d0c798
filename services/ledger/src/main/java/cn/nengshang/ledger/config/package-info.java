/** Wiring: the database (embedded or external), Axon, security, reference data, the clock. */
package cn.nengshang.ledger.config;
