package app.tandem.kernel;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Statuses written into SQL from their enum, never by hand: {@code status in } + {@code of(OPEN)}
 * reads {@code ('SENT', 'HEARD')}. Literals, not parameters, on purpose: the planner matches a
 * partial index ({@code where status = 'OPEN'}) only against a constant.
 */
public final class SqlList {

    private SqlList() {}

    /** The constants' names as an SQL list; enum names are Java identifiers, so nothing needs escaping. */
    public static String of(Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    public static String of(Enum<?> value) {
        return "'" + value.name() + "'";
    }
}
