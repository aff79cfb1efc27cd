package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonPasswordIsFine() {
        assertThat(policy.problemWith("our garden in april", "a@example.org")).isEmpty();
    }

    @Test
    void fewerThanTenCharactersIsRefused() {
        assertThat(policy.problemWith("nine char", "a@example.org")).hasValueSatisfying(p -> assertThat(p.say()).contains("10"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(policy.problemWith("🌻🌻🌻🌻🌻", "a@example.org")).isPresent();
        assertThat(policy.problemWith("🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻", "a@example.org")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.problemWith("1234567890", "a@example.org")).isPresent();
        assertThat(policy.problemWith("QWERTYUIOP", "a@example.org")).isPresent();
    }

    @Test
    void theEmailItselfIsNotAPassword() {
        assertThat(policy.problemWith("Robin@Example.org", "robin@example.org")).isPresent();
    }

    @Test
    void emptyAndAbsurdlyLongPasswordsAreRefused() {
        assertThat(policy.problemWith("", "a@example.org")).isPresent();
        assertThat(policy.problemWith(null, "a@example.org")).isPresent();
        assertThat(policy.problemWith("x".repeat(201), "a@example.org")).isPresent();
    }
}
