/**
 * Practice: the private check-in on the spectrum, the practices each leaning suggests (small
 * asks, a life of one's own), appreciations, what each of us brings, and the weekly "state of us".
 * What is one partner's alone (check-ins, chosen practices, own plans, the count of small asks)
 * is kept by partner, never by couple, so the other partner's pages, API and export cannot reach it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bid", "coach", "couple", "kernel", "need", "notification", "partner", "plan", "repair", "web"})
package app.tandem.practice;
