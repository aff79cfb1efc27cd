package app.tandem.agreement.web;

import app.tandem.agreement.AgreementChange;
import app.tandem.agreement.AgreementService;
import app.tandem.agreement.AgreementVersion;
import app.tandem.agreement.AgreementView;
import app.tandem.partner.PartnerPrincipal;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agreement, for API clients. */
@RestController
@RequestMapping("/api/v1/agreement")
@Tag(name = "Agreement", description = "The couple's interdependence agreement: propose, sign, history")
class AgreementApi {

    record VersionResponse(long id, int number, Integer baseNumber, String why, List<String> commitments,
            String status, long proposedBy, String proposedByName, Instant proposedAt, Long signedBy,
            String signedByName, Instant signedAt, AgreementChange change) {}

    record AgreementResponse(VersionResponse inForce, VersionResponse pending, int headNumber,
            boolean awaitingMySignature) {}

    private final AgreementService agreements;

    AgreementApi(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Operation(summary = "The agreement in force and a proposal waiting, if any")
    @GetMapping
    AgreementResponse current(@AuthenticationPrincipal PartnerPrincipal me) {
        AgreementView view = agreements.current(me.id());
        return new AgreementResponse(view.inForce().map(v -> response(me, v)).orElse(null),
                view.pending().map(v -> response(me, v)).orElse(null), view.headNumber(), view.awaitingMySignature());
    }

    @Operation(summary = "Every version, newest first, each with what it changed")
    @GetMapping("/versions")
    List<VersionResponse> history(@AuthenticationPrincipal PartnerPrincipal me) {
        return agreements.history(me.id()).stream().map(e -> response(e.version(), e.change())).toList();
    }

    @Operation(summary = "One version")
    @GetMapping("/versions/{id}")
    VersionResponse version(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(me, agreements.version(me.id(), id));
    }

    @Operation(summary = "Propose a version (it carries my signature): baseNumber is the version I edited (0 for the "
            + "first), and a stale one gets 409 with what changed")
    @PostMapping("/versions")
    @ResponseStatus(HttpStatus.CREATED)
    VersionResponse propose(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody AgreementDraft draft) {
        return response(me, agreements.propose(me.id(), draft.toCommand()));
    }

    @Operation(summary = "Sign my partner's proposal, which brings it into force")
    @PostMapping("/versions/{id}/signature")
    VersionResponse sign(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(me, agreements.sign(me.id(), id));
    }

    private VersionResponse response(PartnerPrincipal me, AgreementVersion v) {
        return response(v, agreements.changeOf(me.id(), v));
    }

    private static VersionResponse response(AgreementVersion v, AgreementChange change) {
        return new VersionResponse(v.id(), v.number(), v.baseNumber(), v.why(), v.commitments(), v.status().name(),
                v.proposedBy(), v.proposedByName(), v.proposedAt(), v.signedBy(), v.signedByName(), v.signedAt(),
                change);
    }
}
