/**
 * Plans: the couple bubble before, during and after a stressful event. Each partner's "hard for
 * me / helps me" notes (shared item by item), a plan for an event (predictions written privately
 * and revealed together, signals, agreements, who does what, both signatures), the discreet
 * signals during it, the debrief after, and the calendar (one .ics a plan, a secret feed a partner).
 * What is one partner's alone (their notes, their prediction until both are written) is kept by
 * partner, never by couple, so the other partner's pages, API and export reach only what is shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coach", "couple", "kernel", "notification", "partner", "web"})
package app.tandem.plan;
