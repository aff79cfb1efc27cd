package app.tandem.pause;

import app.tandem.partner.PartnerPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pause button on every conversation's page, and "come back early". */
@Controller
class PausePages {

    private final PauseService pauses;

    PausePages(PauseService pauses) {
        this.pauses = pauses;
    }

    @PostMapping("/pauses")
    String pause(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam String thread, @RequestParam long threadId,
            @RequestParam(defaultValue = "20") int minutes) {
        ThreadKind kind = ThreadKind.parse(thread);
        if (kind == null) {
            throw new app.tandem.kernel.NotFoundException("Conversation");
        }
        pauses.pause(me.id(), kind, threadId, minutes);
        return "redirect:" + pathOf(kind, threadId);
    }

    @PostMapping("/pauses/{id}/end")
    String end(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        Pause pause = pauses.endEarly(me.id(), id);
        return "redirect:" + pathOf(pause.threadKind(), pause.threadId());
    }

    private static String pathOf(ThreadKind kind, long id) {
        return "/" + kind.wireName() + "s/" + id;
    }
}
