/**
 * The rules of the Cele County 能上能下 (高职低聘) scheme as data, and the one evaluator that applies
 * them. Pure Java: the service asks this module, and no threshold is written anywhere else.
 */
package cn.nengshang.policy;
