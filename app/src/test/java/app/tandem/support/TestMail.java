package app.tandem.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** One real SMTP server (GreenMail) for the shared test context, started before it. */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetup.SMTP.dynamicPort());
            server.start();
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** The messages received for this address, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    /** Waits up to five seconds for {@code count} messages to this address (some are sent on a thread of their own). */
    public static List<MimeMessage> await(String address, int count) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<MimeMessage> found = to(address);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        return to(address);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
