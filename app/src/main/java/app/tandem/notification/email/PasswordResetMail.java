package app.tandem.notification.email;

import app.tandem.partner.PasswordResetRequested;
import app.tandem.web.Text;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Sends the reset link once the token has committed, on a thread of its own: the page answers
 * at once and alike for every address, and a slow SMTP server delays only the e-mail. Not
 * through the outbox: a reset link must not wait for a grouping window or quiet hours.
 */
@Component
class PasswordResetMail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "password-reset-mail");
        thread.setDaemon(true);
        return thread;
    });

    private final app.tandem.partner.PartnerService partners;

    PasswordResetMail(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${tandem.mail.from:}") String from, app.tandem.partner.PartnerService partners) {
        this.partners = partners;
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    @TransactionalEventListener
    void on(PasswordResetRequested requested) {
        JavaMailSender mail = sender.getIfAvailable();
        if (host.isBlank() || mail == null) {
            return;
        }
        // The partner's own language, else the one they asked for the link in (this request's).
        Text text = Text.in(partners.find(requested.partnerId()).map(app.tandem.partner.Partner::language)
                .orElse(Text.current().locale()));
        sending.execute(() -> send(mail, requested, text));
    }

    private void send(JavaMailSender mail, PasswordResetRequested requested, Text text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(requested.email());
        message.setFrom(from.isBlank() ? "tandem@" + host : from);
        message.setSubject(text.t("email.reset.subject"));
        message.setText(text.t("email.hello", requested.displayName()) + "\n\n" + text.t("email.reset.body")
                + "\n\n" + requested.link() + "\n\n" + text.t("email.reset.notYou") + "\n");
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("A password reset e-mail could not be sent ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        sending.shutdownNow();
    }
}
