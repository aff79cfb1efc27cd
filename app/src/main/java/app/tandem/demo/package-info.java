/** The demo couple, seeded on request through the features' own services. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bid", "couple", "load", "need", "partner"})
package app.tandem.demo;
