package app.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theBrowsersFirstLanguageTandemSpeaksIsTakenElseEnglish() {
        assertThat(Languages.fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromAcceptLanguage("fr-FR,de;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromAcceptLanguage("fr-FR")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("ar-XB")).isEqualTo(Languages.PSEUDO_RTL);
        assertThat(Languages.fromAcceptLanguage(";;;q=x")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aPartnerChoosesAmongLanguagesListedInTheirOwnNames() {
        assertThat(Languages.CHOSEN.stream().map(Languages::ownName)).containsExactly("English", "Deutsch");
        assertThat(Languages.parseChosen("de-AT")).contains(Locale.GERMAN);
        assertThat(Languages.parseChosen("ar-XB")).as("the pseudo-locale is for tests").isEmpty();
        assertThat(Languages.rightToLeft(Languages.PSEUDO_RTL)).isTrue();
    }

    @Test
    void numbersAndSharesAreWrittenTheReadersWay() {
        Text german = new Text(null, Locale.GERMAN);
        Text english = new Text(null, Locale.ENGLISH);
        assertThat(german.number(1234)).isEqualTo("1.234");
        assertThat(english.number(1234)).isEqualTo("1,234");
        assertThat(german.percent(0.42)).isEqualTo("42\u00a0%");
        assertThat(english.percent(0.42)).isEqualTo("42%");
    }
}
