package app.tandem.bid.web;

import app.tandem.bid.Bid;
import app.tandem.bid.BidService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.web.ReviewResponse;
import app.tandem.web.TextDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bids, for API clients. */
@RestController
@RequestMapping("/api/v1/bids")
@Tag(name = "Bids", description = "Small asks for connection, turned toward, away or against")
class BidApi {

    record BidBody(long id, String text, String status, long bidderId, boolean mine, Instant createdAt,
            String responseText, List<String> coachLabels, Instant respondedAt) {}

    record PageBody(List<BidBody> bids, int page, boolean hasMore) {}

    private final BidService bids;

    BidApi(BidService bids) {
        this.bids = bids;
    }

    @Operation(summary = "Make a bid to my partner")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BidBody make(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody BidDraft draft) {
        return body(bids.make(me.id(), draft.toLine()), me.id());
    }

    @Operation(summary = "Our bids, newest first, 20 a page; open=true for the open ones only")
    @GetMapping
    PageBody list(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "false") boolean open) {
        List<Bid> found = open ? bids.open(me.id()) : bids.recent(me.id(), page);
        return new PageBody(found.stream().limit(BidService.PAGE_SIZE).map(b -> body(b, me.id())).toList(),
                Math.max(1, page), !open && found.size() > BidService.PAGE_SIZE);
    }

    @Operation(summary = "A bid of ours; another couple's is 404")
    @GetMapping("/{id}")
    BidBody get(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return body(bids.get(me.id(), id), me.id());
    }

    @Operation(summary = "Respond to a bid made to me: toward, away (not now) or against")
    @PostMapping("/{id}/response")
    BidBody respond(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody ResponseDraft draft) {
        return body(bids.respond(me.id(), id, draft.toCommand()), me.id());
    }

    @Operation(summary = "The coach's review of a response being written (nothing is stored)")
    @PostMapping("/review")
    ReviewResponse review(@RequestBody TextDraft draft) {
        return ReviewResponse.of(bids.review(draft.text()));
    }

    private static BidBody body(Bid b, long me) {
        return new BidBody(b.id(), b.text(), b.status().wireName(), b.bidderId(), b.madeBy(me), b.createdAt(),
                b.responseText(), b.responseLabels(), b.respondedAt());
    }
}
