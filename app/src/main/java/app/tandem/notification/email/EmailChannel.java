package app.tandem.notification.email;

import app.tandem.notification.Delivery;
import app.tandem.notification.DeliveryChannel;
import app.tandem.notification.DeliveryFailedException;
import app.tandem.notification.Links;
import app.tandem.notification.UnsubscribeTokens;
import app.tandem.partner.Partner;
import app.tandem.partner.PartnerService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server in {@code TANDEM_SMTP_*}; off without one. Each message is one
 * group of entries, says by default only who is waiting (a shared inbox or a lock screen shows
 * the subject), and carries RFC 8058 one-click unsubscribe headers.
 */
@Component
class EmailChannel implements DeliveryChannel {

    static final String PREFERENCES = "/settings/notifications";

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;
    private final PartnerService partners;
    private final UnsubscribeTokens unsubscribe;
    private final Links links;

    EmailChannel(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${tandem.mail.from:}") String from, PartnerService partners, UnsubscribeTokens unsubscribe,
            Links links) {
        this.sender = sender;
        this.host = host;
        this.from = from;
        this.partners = partners;
        this.unsubscribe = unsubscribe;
        this.links = links;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    @Override
    public void deliver(Delivery delivery) {
        Partner partner = partners.find(delivery.recipientId()).orElse(null);
        if (partner == null) {
            return; // the account is gone: nobody to write to
        }
        JavaMailSender mail = sender.getObject();
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setTo(partner.email());
            helper.setFrom(from.isBlank() ? "tandem@" + host : from);
            String unsubscribeUrl = links.to("/unsubscribe/" + unsubscribe.tokenFor(partner.id()));
            EmailText text = EmailText.of(delivery, links, unsubscribeUrl,
                    app.tandem.web.Text.in(partner.language() == null ? app.tandem.web.Languages.ENGLISH : partner.language()));
            helper.setSubject(text.subject());
            helper.setText(text.body());
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
            mail.send(message);
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailedException("SMTP did not take the message", e);
        }
    }
}
