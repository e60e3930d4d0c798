/**
 * The simulation profile: a clock that only moves when told to, so that a whole term, deadlines
 * included, runs in seconds and gives the answers real time would.
 */
package cn.nengshang.ledger.simulation;
