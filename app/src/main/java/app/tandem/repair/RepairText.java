package app.tandem.repair;

/** A repair attempt's three parts. */
public record RepairText(String acknowledge, String apologise, String willDo) {}
