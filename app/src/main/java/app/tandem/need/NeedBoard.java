package app.tandem.need;

import java.util.List;

/**
 * What home shows of needs: what waits for me (to reflect on, answer, confirm, or mark), what
 * waits for my partner, and my drafts.
 */
public record NeedBoard(List<NeedSummary> waitingForMe, List<NeedSummary> waitingForPartner,
        List<NeedSummary> drafts) {}
