package app.tandem.plan;

/** Who does what: the task, and whether I take it ({@code mine}) or ask my partner to. */
public record AddTask(String text, boolean mine) {}
