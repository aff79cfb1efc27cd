/** Shared load: load items, who owns noticing, planning and doing, the balance, the fair share, hand-overs. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"couple", "kernel", "need", "partner", "plan", "web"})
package app.tandem.load;
