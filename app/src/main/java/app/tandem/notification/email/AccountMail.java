package app.tandem.notification.email;

import app.tandem.partner.EmailChangeRequested;
import app.tandem.partner.EmailChanged;
import app.tandem.partner.PasswordResetRequested;
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

    AccountMail(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${tandem.mail.from:}") String from) {
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    @TransactionalEventListener
    void on(PasswordResetRequested requested) {
        send(requested.email(), "Choose a new password for Tandem", "Hello " + requested.displayName()
                + ",\n\nSomeone, probably you, asked to choose a new password for Tandem. This link works once, "
                + "for an hour:\n\n" + requested.link()
                + "\n\nIf it was not you, ignore this e-mail: your password stays as it is.\n");
    }

    @TransactionalEventListener
    void on(EmailChangeRequested requested) {
        send(requested.newEmail(), "Confirm your new e-mail address for Tandem", "Hello " + requested.displayName()
                + ",\n\nYou asked to sign in to Tandem with this address from now on. Open this link, once, "
                + "within a day, to confirm it:\n\n" + requested.link()
                + "\n\nUntil you do, nothing changes. If it was not you, ignore this e-mail.\n");
    }

    @TransactionalEventListener
    void on(EmailChanged changed) {
        send(changed.oldEmail(), "Your Tandem e-mail address was changed", "Hello " + changed.displayName()
                + ",\n\nYour Tandem account now signs in with another e-mail address, confirmed from that "
                + "address. If you did not do this, ask whoever runs your Tandem server to put it back.\n");
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
