/** Home: what waits for whom, and the cards a node keeps between visits. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "bid", "couple", "need", "partner", "pause", "plan", "practice", "repair", "web", "kernel"})
package app.tandem.home;
