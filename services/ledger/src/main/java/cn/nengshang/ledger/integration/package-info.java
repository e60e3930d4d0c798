/**
 * The consortium's other systems on Kafka (API "Kafka"), on only when {@code NENGSHANG_KAFKA_BOOTSTRAP} is set:
 * the record's decisions published in a language of their own ({@code publish}), monthly metrics from hospital
 * information systems taken in as the department's own submission ({@code intake}), the administrator's republish
 * ({@code web}), and the broker in the service's health.
 */
package cn.nengshang.ledger.integration;
