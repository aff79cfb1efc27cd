/**
 * Web Push: the server's VAPID keys, each partner's subscribed devices, and the push channel that
 * brings a delivery to them (RFC 8291 encryption, RFC 8292 VAPID). The delivery worker of the
 * notification module decides what to send and when; this module only knows how.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel", "notification", "partner", "web"})
package app.tandem.push;
