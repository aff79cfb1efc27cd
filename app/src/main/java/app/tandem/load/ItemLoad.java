package app.tandem.load;

/** An item's load summed over a window, for the tilt. */
record ItemLoad(long itemId, String title, Carried carried) {}
