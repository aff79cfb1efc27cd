package app.tandem.plan;

/** My debrief, checked. */
public record WriteDebrief(String hadYourBack, String whatWorked, String changeNextTime) {}
