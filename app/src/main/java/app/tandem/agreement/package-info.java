/** The interdependence agreement: its why and commitments, proposed, signed by both, versioned. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"couple", "kernel", "notification", "partner", "web"})
package app.tandem.agreement;
