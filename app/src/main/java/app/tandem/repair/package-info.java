/** Hurts and repairs, and the reminders that quote a commitment. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "bid", "coach", "couple", "kernel", "notification", "need", "partner", "pause", "web"})
package app.tandem.repair;
