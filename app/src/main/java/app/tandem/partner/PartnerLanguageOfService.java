package app.tandem.partner;

import app.tandem.web.PartnerLanguage;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells every page the language the signed-in partner chose (looked up with their zone, once a request). */
@Component
class PartnerLanguageOfService implements PartnerLanguage {

    private final PartnerService partners;

    PartnerLanguageOfService(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public Optional<Locale> of(long partnerId) {
        return partners.languageOf(partnerId);
    }
}
