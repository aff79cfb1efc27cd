package app.tandem.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries are timed. {@code groupWindow}: events within it after the first become one
 * message (an SMTP provider's daily limit is not spent one event at a time); {@code poll}: how
 * often each node looks for due work; {@code digestAt}: the local hour of the daily digest.
 */
@ConfigurationProperties("tandem.notifications")
public record DeliverySettings(Duration groupWindow, Duration poll, LocalTime digestAt, int maxAttempts,
        Duration firstRetry, Duration longestRetry, Duration nudgeAfter) {

    public DeliverySettings {
        groupWindow = groupWindow == null ? Duration.ofMinutes(3) : groupWindow;
        poll = poll == null ? Duration.ofSeconds(5) : poll;
        digestAt = digestAt == null ? LocalTime.of(8, 0) : digestAt;
        maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        longestRetry = longestRetry == null ? Duration.ofHours(6) : longestRetry;
        nudgeAfter = nudgeAfter == null ? Duration.ofDays(1) : nudgeAfter;
    }

    /** 1, 2, 4, 8 … minutes after the n-th failure, at most {@code longestRetry}. */
    public Duration backOff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
