/** The web side shared by every feature: problem+json errors, the actor argument, languages. */
package cn.nengshang.ledger.common.web;
