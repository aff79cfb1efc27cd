/** Bids: small, quick asks for connection, and the partner's turning toward, away or against. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coach", "couple", "kernel", "notification", "partner", "pause", "web"})
package app.tandem.bid;
