package app.tandem.push;

/**
 * A browser's subscription, checked: an absolute https address (http only where the server allows
 * it, for tests), the browser's P-256 public key and its 16-byte auth secret, both base64url, and a
 * short label for the account page ("Chrome on Android").
 */
public record Subscribe(String endpoint, String p256dh, String auth, String label) {}
