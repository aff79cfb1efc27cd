package app.tandem.notification.email;

import app.tandem.partner.EmailChangeRequested;
import app.tandem.partner.EmailChanged;
import app.tandem.partner.PasswordResetRequested;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import app.tandem.web.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The e-mails about the account itself: a password reset link, an e-mail change link to the new
 * address, and the notice to the old address once it changed. Each goes once its change has
 * committed, on a thread of its own: the page answers at once and alike for every address, and a
 * slow SMTP server delays only the e-mail. Not through the outbox: such a link must not wait for
 * a grouping window or quiet hours.
 */
@Component
class AccountMail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "account-mail");
        thread.setDaemon(true);
        return thread;
    });

    private final app.tandem.partner.PartnerService partners;

    AccountMail(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${tandem.mail.from:}") String from, app.tandem.partner.PartnerService partners) {
        this.partners = partners;
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    @TransactionalEventListener
    void on(PasswordResetRequested requested) {
        Text text = textFor(requested.partnerId());
        send(requested.email(), text.t("email.reset.subject"), text.t("email.hello", requested.displayName())
                + "\n\n" + text.t("email.reset.body") + "\n\n" + requested.link() + "\n\n"
                + text.t("email.reset.notYou") + "\n");
    }

    @TransactionalEventListener
    void on(EmailChangeRequested requested) {
        Text text = textFor(requested.partnerId());
        send(requested.newEmail(), text.t("email.confirm.subject"), text.t("email.hello", requested.displayName())
                + "\n\n" + text.t("email.confirm.body") + "\n\n" + requested.link() + "\n\n"
                + text.t("email.confirm.notYou") + "\n");
    }

    @TransactionalEventListener
    void on(EmailChanged changed) {
        Text text = textFor(changed.partnerId());
        send(changed.oldEmail(), text.t("email.changed.subject"), text.t("email.hello", changed.displayName())
                + "\n\n" + text.t("email.changed.body") + "\n");
    }

    /** The partner's own language, else the one this request (the one that asked) is in. */
    private Text textFor(long partnerId) {
        return Text.in(partners.find(partnerId).map(app.tandem.partner.Partner::language)
                .orElse(Text.current().locale()));
    }

    private void send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (host.isBlank() || mail == null) {
            return;
        }
        sending.execute(() -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setTo(to);
            message.setFrom(from.isBlank() ? "tandem@" + host : from);
            message.setSubject(subject);
            message.setText(text);
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("An account e-mail could not be sent ({})", e.getClass().getSimpleName());
            }
        });
    }

    @Override
    public void destroy() {
        sending.shutdownNow();
    }
}
