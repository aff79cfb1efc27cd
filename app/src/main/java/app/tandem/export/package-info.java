/**
 * Export: a partner downloads everything Tandem holds about them and the couples they have been
 * in, as JSON, without anyone's consent (one of Tandem's principles).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"couple", "kernel", "need", "partner", "web"})
package app.tandem.export;
