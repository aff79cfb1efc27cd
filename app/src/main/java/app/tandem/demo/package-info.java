/** The demo couple, seeded on request through the features' own services. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bid", "couple", "load", "need", "partner", "plan"})
package app.tandem.demo;
