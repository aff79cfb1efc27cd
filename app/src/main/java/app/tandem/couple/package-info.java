/** Couples and invites: forming the bubble, joining with a code, leaving; the couple's revision. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel", "partner", "web"})
package app.tandem.couple;
