package app.tandem.kernel;

import java.util.Set;

/**
 * One row of a state table: which partner may take the step ({@code role}), in which statuses,
 * and the status it leads to. Each aggregate's action enum holds one per constant and answers
 * the table's questions through {@link Step}.
 */
public record Transition<R, S>(R role, Set<S> from, S to) {

    public Transition {
        from = Set.copyOf(from);
    }

    /** What an action enum answers from its row. */
    public interface Step<R, S> {

        Transition<R, S> transition();

        default R role() {
            return transition().role();
        }

        default boolean allowedIn(S status) {
            return transition().from().contains(status);
        }

        default S leadsTo() {
            return transition().to();
        }
    }
}
