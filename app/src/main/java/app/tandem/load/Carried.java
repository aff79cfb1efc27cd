package app.tandem.load;

/**
 * Seconds of load each partner carried, split into mental (noticing + planning) and doing.
 *
 * <p>How one occurrence is attributed: its minutes are split by phase — noticing a sixth,
 * planning a sixth, doing the remaining two thirds ({@link #of}). Noticing and planning go to
 * those phases' owners; doing goes to whoever the log says did it. "Shared" splits a phase in
 * half. The split is fixed when the occurrence is logged, so a later hand-over changes the
 * weeks to come, never the weeks already lived.
 */
public record Carried(int mentalA, int mentalB, int doingA, int doingB) {

    public static final Carried NONE = new Carried(0, 0, 0, 0);

    /** What one occurrence of {@code item}, done by {@code doneBy}, adds to each partner's load. */
    static Carried of(LoadItem item, Owner doneBy) {
        int total = item.minutes() * 60;
        int noticing = total / 6;
        int planning = total / 6;
        int doing = total - noticing - planning;
        return new Carried(
                item.noticing().partOf(noticing, Owner.A) + item.planning().partOf(planning, Owner.A),
                item.noticing().partOf(noticing, Owner.B) + item.planning().partOf(planning, Owner.B),
                doneBy.partOf(doing, Owner.A),
                doneBy.partOf(doing, Owner.B));
    }

    public int a() {
        return mentalA + doingA;
    }

    public int b() {
        return mentalB + doingB;
    }

    public int total() {
        return a() + b();
    }

    public int of(Owner partner) {
        return partner == Owner.A ? a() : b();
    }

    public int mentalOf(Owner partner) {
        return partner == Owner.A ? mentalA : mentalB;
    }

    public int doingOf(Owner partner) {
        return partner == Owner.A ? doingA : doingB;
    }

    /**
     * The partner's share of the total in whole percent, or -1 when nothing was carried. A's is
     * rounded and B's is the rest, so the two always add up to 100.
     */
    public int percentOf(Owner partner) {
        if (total() == 0) {
            return -1;
        }
        int a = (int) Math.round(100.0 * a() / total());
        return partner == Owner.A ? a : 100 - a;
    }

    /**
     * Whether {@code partner} carried at least {@code points} percentage points more than their
     * target; exact integer arithmetic, so 60.0% against a 50% target counts as 10 points.
     */
    boolean over(Owner partner, int targetPercent, int points) {
        long total = total();
        return total > 0 && 100L * of(partner) - (long) targetPercent * total >= (long) points * total;
    }

    Carried plus(Carried other) {
        return new Carried(mentalA + other.mentalA, mentalB + other.mentalB, doingA + other.doingA,
                doingB + other.doingB);
    }
}
