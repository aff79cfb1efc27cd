package app.tandem.couple.web;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.InviteLinks;
import app.tandem.partner.PartnerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The couple, for API clients. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Couple", description = "Forming, joining and leaving a couple")
class CoupleApi {

    record InviteResponse(String code, String link, Instant expiresAt) {}

    record MemberResponse(long partnerId, String displayName, Instant joinedAt) {}

    /** {@code status} is "waiting" (for the second partner) or "together". */
    record CoupleResponse(long id, String status, Instant createdAt, List<MemberResponse> partners,
            InviteResponse invite) {}

    private final CoupleService couples;
    private final InviteLinks links;

    CoupleApi(CoupleService couples, InviteLinks links) {
        this.couples = couples;
        this.links = links;
    }

    @Operation(summary = "Create my couple; the response carries the invite code for my partner")
    @PostMapping("/couple")
    @ResponseStatus(HttpStatus.CREATED)
    CoupleResponse create(@AuthenticationPrincipal PartnerPrincipal me) {
        return response(couples.create(me.id()));
    }

    @Operation(summary = "My couple")
    @GetMapping("/couple")
    CoupleResponse mine(@AuthenticationPrincipal PartnerPrincipal me) {
        return response(couples.coupleById(me.id(), couples.requireCoupleId(me.id())));
    }

    @Operation(summary = "A couple by id: only my own; any other is 404")
    @GetMapping("/couples/{id}")
    CoupleResponse byId(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(couples.coupleById(me.id(), id));
    }

    @Operation(summary = "Join a couple with an invite code")
    @PostMapping("/couple/join")
    CoupleResponse join(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody JoinDraft draft) {
        return response(couples.join(me.id(), draft.code()));
    }

    @Operation(summary = "Replace the invite with a new one, valid for 72 hours")
    @PostMapping("/couple/invite")
    CoupleResponse renewInvite(@AuthenticationPrincipal PartnerPrincipal me) {
        return response(couples.renewInvite(me.id()));
    }

    @Operation(summary = "Withdraw the invite")
    @DeleteMapping("/couple/invite")
    CoupleResponse revokeInvite(@AuthenticationPrincipal PartnerPrincipal me) {
        return response(couples.revokeInvite(me.id()));
    }

    @Operation(summary = "Leave my couple, which dissolves it for both partners")
    @DeleteMapping("/couple/membership")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leave(@AuthenticationPrincipal PartnerPrincipal me) {
        couples.leave(me.id());
    }

    private CoupleResponse response(Couple couple) {
        List<MemberResponse> partners = couple.members().stream()
                .map(m -> new MemberResponse(m.partnerId(), m.displayName(), m.joinedAt())).toList();
        InviteResponse invite = couple.invite()
                .map(i -> new InviteResponse(i.displayCode(), links.linkFor(i.code()), i.expiresAt())).orElse(null);
        return new CoupleResponse(couple.id(), couple.complete() ? "together" : "waiting", couple.createdAt(),
                partners, invite);
    }
}
