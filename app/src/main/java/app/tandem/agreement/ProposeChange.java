package app.tandem.agreement;

import java.util.List;

/**
 * A partner's proposed version: the text as they want it, and the version number they were
 * looking at when they started editing (0 when there was none yet).
 */
public record ProposeChange(int baseNumber, String why, List<String> commitments) {}
