package app.tandem.repair;

/** A repair attempt's three parts, checked by its input. */
public record RepairText(String acknowledge, String apologise, String willDo) {}
