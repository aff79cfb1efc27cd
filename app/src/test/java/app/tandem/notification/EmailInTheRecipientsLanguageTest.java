package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestCouple;
import app.tandem.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An e-mail is written in its recipient's language, whoever's action sent it. */
class EmailInTheRecipientsLanguageTest extends IntegrationTest {

    @Test
    void aPartnerWhoReadsGermanGetsTheirEmailInGerman() throws Exception {
        TestCouple couple = aCouple();
        assertThat(api().put("/api/v1/me/language", couple.kai().token(), Map.of("language", "de")).status())
                .isEqualTo(200);
        assertThat(api().put("/api/v1/preferences", couple.kai().token(), Map.of("includeText", "true")).status())
                .isEqualTo(200);
        assertThat(api().post("/api/v1/bids", couple.robin().token(), Map.of("text", "Ein Spaziergang um sechs?"))
                .status()).isEqualTo(201);

        clock.advance(Duration.ofMinutes(3).plusSeconds(1));
        deliverNow();

        List<MimeMessage> mails = TestMail.to(couple.kai().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Robin wartet in Tandem auf dich");
        assertThat(mails.get(0).getContent().toString()).contains("Hallo Kai,", "Robin hat eine Kontaktbitte geschickt",
                "Tandem öffnen:", "Diese E-Mails abbestellen:");
    }
}
