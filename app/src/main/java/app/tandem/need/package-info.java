/** Needs: I feel / because / I need, the listener's reflection, the answer and the follow-through. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coach", "couple", "kernel", "notification", "partner", "pause", "web"})
package app.tandem.need;
