/** The couple's timeline: their latest moments, from every feature. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "bid", "couple", "need", "partner", "plan", "repair", "web", "kernel"})
package app.tandem.timeline;
