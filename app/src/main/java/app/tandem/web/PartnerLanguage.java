package app.tandem.web;

import java.util.Locale;
import java.util.Optional;

/** The language a partner chose (empty: follow their browser). The partner module answers it. */
public interface PartnerLanguage {

    Optional<Locale> of(long partnerId);
}
