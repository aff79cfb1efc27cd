package app.tandem.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vulnerable form of a named hurt says each thing once, whatever the partner already wrote. */
class HurtMessageTest {

    private static Hurt hurt(String whatHappened, String howIFelt, String commitment) {
        return new Hurt(1, 1, "Robin", SubjectKind.NONE, null, whatHappened, howIFelt, commitment, List.of(),
                HurtStatus.OPEN, Instant.EPOCH, null, List.of());
    }

    @Test
    void theUsualWordsFrameWhatThePartnerWrote() {
        assertThat(hurt("You were on your phone all through dinner.", "alone", "We repair before we sleep").message())
                .isEqualTo("That hurt. You were on your phone all through dinner. I felt alone. "
                        + "We agreed: “We repair before we sleep.” I'm telling you I need your care.");
    }

    @Test
    void wordsThePartnerAlreadyWroteAreNotRepeated() {
        String message = hurt("Wow.", "That hurt my feelings.", "We agreed to care for each other.").message();

        assertThat(message).isEqualTo("Wow. That hurt my feelings. We agreed to care for each other. "
                + "I'm telling you I need your care.");
        assertThat(message.split("That hurt", -1)).hasSize(2);
        assertThat(message.split("We agreed", -1)).hasSize(2);
    }

    @Test
    void aFeelingWrittenAsASentenceKeepsItsOwnStart() {
        assertThat(hurt("That hurt when you laughed.", "I felt small.", null).message())
                .isEqualTo("That hurt when you laughed. I felt small.");
    }
}
