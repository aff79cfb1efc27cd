package app.tandem.account.web;

import app.tandem.account.AccountDeletion;
import app.tandem.partner.PartnerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AccountDeletionApi {

    private final AccountDeletion deletion;

    AccountDeletionApi(AccountDeletion deletion) {
        this.deletion = deletion;
    }

    @Operation(summary = "Delete my account: leaves my couple, erases what I wrote, revokes every token and session")
    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody DeletionDraft draft) {
        deletion.delete(me.id(), draft.password());
    }
}
