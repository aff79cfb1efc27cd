package app.tandem.practice;

import java.time.Instant;

/** What a partner chose to tell the other of their leaning: no answers, no position, their words. */
public record SharedLeaning(long partnerId, Leaning leaning, String words, Instant sharedAt) {}
