/**
 * Deleting one's account: one step, no one's consent. The partner leaves their couple (the other
 * is told), their words are erased from the couple's records, and the account goes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"couple", "kernel", "partner", "web"})
package app.tandem.account;
