package app.tandem.practice;

/** My side of what each brings, checked. */
public record BringsText(String youBring, String iBring) {}
