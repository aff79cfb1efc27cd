/**
 * The shared kernel: what every feature's rules speak in — not found, not now (conflict),
 * invalid input with its field errors, the limits on text, statuses in SQL, the clock, the
 * throttle for failed attempts and the resource lists Tandem ships. It depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package app.tandem.kernel;
