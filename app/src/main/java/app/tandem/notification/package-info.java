/**
 * Notifications: what reaches a partner when the other acts. Features tell it through
 * {@link app.tandem.notification.Notifications#tell} in their own transaction; the inbox and its
 * unread count, and live pages through server-sent events fanned out by PostgreSQL LISTEN/NOTIFY.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"couple", "kernel", "partner", "web"})
package app.tandem.notification;
