/** Partners: accounts, sign-up and sign-in, passwords, API tokens, and the security set-up. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel", "web"})
package app.tandem.partner;
