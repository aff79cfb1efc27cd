package app.tandem.practice;

import java.time.LocalDate;

/** A plan of my own, checked: what, and optionally which day. */
public record PlanOwn(String text, LocalDate plannedFor) {}
