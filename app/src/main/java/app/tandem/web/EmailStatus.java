package app.tandem.web;

/**
 * Whether this server sends e-mail (SMTP configured), for pages that must say so plainly. The
 * notification module answers it; the asking page depends on no feature.
 */
public interface EmailStatus {

    boolean emailOn();
}
