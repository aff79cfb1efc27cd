package app.tandem.practice;

import java.util.List;

/**
 * One partner's practice, as only they see it: what they chose, the quiet count of small asks
 * this week and ever, their plans of their own, and the weeks they have practised in. The weeks
 * are counted, never strung together: a week off takes nothing away.
 */
public record PracticeBoard(PracticeChoice choice, int smallAsksThisWeek, int smallAsksEver, List<OwnPlan> plans,
        int weeksPractised) {}
