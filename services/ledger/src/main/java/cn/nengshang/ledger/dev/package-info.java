/** Local and simulation profiles only: development tokens, so the API can be tried without an issuer. */
package cn.nengshang.ledger.dev;
