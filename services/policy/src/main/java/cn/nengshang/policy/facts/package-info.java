/** The facts of a term that are not monthly counts: registers (名册), achievements, baselines, incidents. */
package cn.nengshang.policy.facts;
