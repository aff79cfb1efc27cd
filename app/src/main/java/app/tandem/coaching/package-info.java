/** The coach for API clients, and the one coach instance the app shares. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coach", "kernel", "web"})
package app.tandem.coaching;
