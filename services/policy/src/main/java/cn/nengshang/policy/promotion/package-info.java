/**
 * The "up" side of the scheme (能上, DOMAIN §9): whether a senior may apply for the next title in a review year, from
 * the promotion rules (effective-dated data, {@link cn.nengshang.policy.promotion.PromotionLoader}) and the person's
 * facts, every condition answered with why and with the records it counted.
 */
package cn.nengshang.policy.promotion;
