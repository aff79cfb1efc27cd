package app.tandem.couple;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InviteCodeTest {

    @Test
    void codesUseOnlyCharactersThatCannotBeMisread() {
        for (int i = 0; i < 1000; i++) {
            assertThat(InviteCode.generate()).hasSize(8).doesNotContainPattern("[01OILUV]");
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(InviteCode.generate())).isTrue();
        }
    }

    @Test
    void typedCodesAreNormalised() {
        assertThat(InviteCode.normalize(" k7qm-2xpd ")).isEqualTo("K7QM2XPD");
        assertThat(InviteCode.normalize(null)).isEmpty();
        assertThat(InviteCode.display("K7QM2XPD")).isEqualTo("K7QM-2XPD");
    }
}
