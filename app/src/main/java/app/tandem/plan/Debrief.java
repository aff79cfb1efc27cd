package app.tandem.plan;

import java.time.Instant;

/** One partner's debrief: did I have your back, what worked, what to change next time. */
public record Debrief(long partnerId, String hadYourBack, String whatWorked, String changeNextTime, Instant writtenAt) {}
