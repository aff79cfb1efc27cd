package app.tandem.notification.email;

import app.tandem.notification.Delivery;
import app.tandem.notification.Links;
import app.tandem.notification.Notification;

/**
 * The words of one e-mail. Without the partner's opt-in: who is waiting and a link, nothing of
 * what happened; with it, one line per entry (the inbox's words) with its link, and under it
 * what the thread opened with, in the partner's own words.
 */
record EmailText(String subject, String body) {

    static EmailText of(Delivery delivery, Links links, String unsubscribeUrl) {
        String who = delivery.newest().actorName() == null ? "Your partner" : delivery.newest().actorName();
        String subject = who + " is waiting for you in Tandem";
        StringBuilder body = new StringBuilder("Hello ").append(delivery.recipientName()).append(",\n\n")
                .append(subject).append(".\n\n");
        if (delivery.includeText()) {
            java.util.Set<String> quoted = new java.util.HashSet<>();
            for (Notification entry : delivery.entries()) {
                body.append("- ").append(entry.words()).append(": ").append(links.to(entry.threadPath())).append('\n');
                String quote = delivery.quotes().get(entry.threadPath());
                if (quote != null && quoted.add(entry.threadPath())) { // once per thread
                    body.append("  \u201c").append(quote).append("\u201d\n");
                }
            }
            body.append('\n');
        }
        body.append("Open Tandem: ").append(links.to("/inbox")).append("\n\n-- \n")
                .append("What reaches you, and when: ").append(links.to(EmailChannel.PREFERENCES)).append('\n')
                .append("Stop these e-mails: ").append(unsubscribeUrl).append('\n');
        return new EmailText(subject, body.toString());
    }
}
