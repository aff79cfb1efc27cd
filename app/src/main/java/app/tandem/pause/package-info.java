/** Pauses: a timed break in a heated thread, with a return time. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"couple", "kernel", "notification", "partner", "web"})
package app.tandem.pause;
