package app.tandem.agreement;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agreement's pages: read it, propose a version, sign, and its history. */
@Controller
class AgreementPages {

    private final AgreementService agreements;

    AgreementPages(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/agreement")
    String agreement(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        model.addAttribute("view", agreements.current(me.id()));
        return "agreement/agreement";
    }

    @GetMapping("/agreement/edit")
    String edit(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
        AgreementView view = agreements.current(me.id());
        AgreementVersion latest = view.pending().or(view::inForce).orElse(null);
        String why = latest == null ? "" : latest.why();
        String commitments = latest == null ? "" : String.join("\n", latest.commitments());
        model.addAttribute("form", new AgreementForm(view.headNumber(), why, commitments,
                agreements.starterCommitments(), Map.of(), null, null));
        return "agreement/edit";
    }

    @PostMapping("/agreement/versions")
    String propose(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "0") int baseNumber,
            @RequestParam(defaultValue = "") String why, @RequestParam(defaultValue = "") String commitments,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        List<String> all = new ArrayList<>(Arrays.asList(commitments.split("\\R")));
        // Read the raw values: a List<String> parameter would split each commitment at its commas.
        String[] starters = request.getParameterValues("starter");
        if (starters != null) {
            all.addAll(Arrays.asList(starters));
        }
        try {
            agreements.propose(me.id(), new ProposeChange(baseNumber, why, all));
            return "redirect:/agreement";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("form", new AgreementForm(baseNumber, why, String.join("\n", all),
                    agreements.starterCommitments(), e.fieldErrors(), null, null));
        } catch (ConflictException e) {
            // Keep what they wrote, show what the partner changed, and base the next save on the newest version.
            response.setStatus(409);
            Object head = e.details().get("headNumber");
            model.addAttribute("form", new AgreementForm(head instanceof Integer n ? n : baseNumber, why,
                    String.join("\n", all), agreements.starterCommitments(), Map.of(),
                    (AgreementChange) e.details().get("changedMeanwhile"), (String) e.details().get("changedBy")));
        }
        return "agreement/edit";
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
}
