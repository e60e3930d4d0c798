/**
 * The console: the product in a browser for departments, HR, the party bodies, institutions and the commission.
 * Server-rendered pages (Thymeleaf, htmx for the parts that change in place) that act and read only through the
 * product's own HTTP API, with the signed-in user's token: every check, scope and message is the API's, never a
 * second copy of it.
 */
package cn.nengshang.ledger.console;
