/** The rules of the down-grading procedure (聘任程序): grounds, working days, votes, weights, pay. */
package cn.nengshang.policy.casework;
