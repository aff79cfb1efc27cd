package app.tandem.agreement.web;

import app.tandem.agreement.AgreementChangedMeanwhile;
import app.tandem.agreement.AgreementService;
import app.tandem.agreement.AgreementView;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The agreement's pages: read it, propose a version, sign, and its history. */
@Controller
class AgreementPages {

    private final AgreementService agreements;

    AgreementPages(AgreementService agreements) {
        this.agreements = agreements;
    }

    /**
     * A single commitment (one text, or one starter ticked) stays whole: left to the conversion
     * service, a lone form value becomes an array by splitting it at its commas.
     */
    @InitBinder("agreementDraft")
    void keepCommitmentsWhole(WebDataBinder binder) {
        binder.registerCustomEditor(String[].class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(new String[] {text});
            }
        });
    }

    @GetMapping("/agreement")
    String agreement(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        model.addAttribute("view", agreements.current(me.id()));
        return "agreement/agreement";
    }

    @GetMapping("/agreement/edit")
    String edit(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        AgreementView view = agreements.current(me.id());
        AgreementDraft draft = AgreementDraft.from(view.pending().or(view::inForce).orElse(null), view.headNumber());
        return form(new AgreementForm(draft, agreements.starterCommitments(), Map.of(), null, null), model);
    }

    @PostMapping("/agreement/versions")
    String propose(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute AgreementDraft draft,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            try {
                agreements.propose(me.id(), draft.toCommand());
                return "redirect:/agreement?proposed";
            } catch (AgreementChangedMeanwhile clash) {
                // Keep what they wrote, show what the partner changed, and base the next save on the newest version.
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return form(new AgreementForm(draft.rebasedOn(clash.headNumber()), agreements.starterCommitments(),
                        Map.of(), clash.change(), clash.changedBy()), model);
            }
        }, errors -> form(new AgreementForm(draft.rebasedOn(draft.base()), agreements.starterCommitments(), errors,
                null, null), model));
    }

    @PostMapping("/agreement/versions/{id}/signature")
    String sign(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        agreements.sign(me.id(), id);
        return "redirect:/agreement?signed";
    }

    @GetMapping("/agreement/history")
    String history(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        model.addAttribute("entries", agreements.history(me.id()));
        return "agreement/history";
    }

    private static String form(AgreementForm form, Model model) {
        model.addAttribute("form", form);
        return "agreement/edit";
    }
}
