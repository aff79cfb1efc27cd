package app.tandem.notification.email;

import app.tandem.notification.Delivery;
import app.tandem.notification.Links;
import app.tandem.notification.Notification;
import app.tandem.notification.NotificationWords;
import app.tandem.web.Text;

/**
 * The words of one e-mail. Without the partner's opt-in: who is waiting and a link, nothing of
 * what happened; with it, one line per entry (the inbox's words) with its link, and under it
 * what the thread opened with, in the partner's own words.
 */
record EmailText(String subject, String body) {

    /** In the recipient's language ({@code text}), whoever's action sent it. */
    static EmailText of(Delivery delivery, Links links, String unsubscribeUrl, Text text) {
        String who = delivery.newest().actorName() == null ? text.t("notification.yourPartner")
                : delivery.newest().actorName();
        String subject = text.t("email.subject", who);
        StringBuilder body = new StringBuilder(text.t("email.hello", delivery.recipientName())).append("\n\n")
                .append(subject).append(".\n\n");
        if (delivery.includeText()) {
            java.util.Set<String> quoted = new java.util.HashSet<>();
            for (Notification entry : delivery.entries()) {
                body.append("- ").append(NotificationWords.of(entry.kind(), entry.actorName(), text)).append(": ").append(links.to(entry.threadPath())).append('\n');
                String quote = delivery.quotes().get(entry.threadPath());
                if (quote != null && quoted.add(entry.threadPath())) { // once per thread
                    body.append("  \u201c").append(quote).append("\u201d\n");
                }
            }
            body.append('\n');
        }
        body.append(text.t("email.open")).append(' ').append(links.to("/inbox")).append("\n\n-- \n")
                .append(text.t("email.preferences")).append(' ').append(links.to(EmailChannel.PREFERENCES)).append('\n')
                .append(text.t("email.unsubscribe")).append(' ').append(unsubscribeUrl).append('\n');
        return new EmailText(subject, body.toString());
    }
}
