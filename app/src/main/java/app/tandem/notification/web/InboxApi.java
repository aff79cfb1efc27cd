package app.tandem.notification.web;

import app.tandem.notification.Notification;
import app.tandem.notification.NotificationWords;
import app.tandem.notification.Notifications;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.web.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The inbox and its read marks, for API clients. */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "What the other partner did, and whether I have seen it")
class InboxApi {

    /** {@code words} are in the partner's language, as the inbox page says them. */
    record EntryBody(long id, String kind, String words, String threadPath, Instant createdAt, Instant readAt) {
        static EntryBody of(Notification n) {
            return new EntryBody(n.id(), n.kind().name().toLowerCase(java.util.Locale.ROOT),
                    NotificationWords.of(n.kind(), n.actorName(), Text.current()), n.threadPath(), n.createdAt(), n.readAt());
        }
    }

    record InboxBody(List<EntryBody> entries, int unread, int page, boolean hasMore) {}

    /** {@code threadPath} marks one thread's entries read; without it, every entry is. */
    record ReadDraft(String threadPath) {}

    private final Notifications notifications;

    InboxApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "My inbox, newest first, 30 a page, with the unread count")
    @GetMapping
    InboxBody inbox(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "1") int page) {
        List<Notification> found = notifications.inbox(me.id(), page);
        return new InboxBody(found.stream().limit(Notifications.PAGE_SIZE).map(EntryBody::of).toList(),
                notifications.of(me.id()), Math.max(1, page), found.size() > Notifications.PAGE_SIZE);
    }

    @Operation(summary = "Mark one thread's entries read (threadPath), or all of them")
    @PostMapping("/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody(required = false) ReadDraft draft) {
        if (draft == null || draft.threadPath() == null || draft.threadPath().isBlank()) {
            notifications.allSeen(me.id());
        } else {
            notifications.seen(me.id(), draft.threadPath().strip());
        }
    }
}
