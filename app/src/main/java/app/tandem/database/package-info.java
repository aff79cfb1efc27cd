/** The embedded PostgreSQL (or an external one) and its lifecycle. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package app.tandem.database;
