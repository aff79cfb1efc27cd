package app.tandem.timeline;

import java.time.Instant;

/** One moment of the couple's story: when, what happened (in words), and where to see it. */
public record TimelineEntry(Instant at, String kind, String text, String link) {}
