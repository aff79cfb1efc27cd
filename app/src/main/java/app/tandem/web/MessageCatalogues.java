package app.tandem.web;

import app.tandem.kernel.Phrase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The message catalogues and how a request's language is chosen. Declared here rather than with
 * {@code spring.messages.*} because the right-to-left pseudo-locale wraps the English catalogue,
 * which Boot's own message source cannot do; the settings ({@link Phrase#bundles()}) are the same
 * ones (basename {@code i18n/messages}, UTF-8, no fallback to the server's locale).
 */
@Configuration(proxyBeanMethods = false)
class MessageCatalogues {

    @Bean
    MessageSource messageSource() {
        MessageSource messages = new PseudoRtl(Phrase.bundles());
        Text.use(messages);
        Phrase.use(messages);
        return messages;
    }

    /**
     * The partner's own choice when signed in, else the browser's Accept-Language, else English.
     * Spring asks again at every {@code LocaleContextHolder.getLocale()} (each word of a page), so
     * the bean is found once, not per question (a lookup through the bean factory each time cost
     * an eighth of the server's CPU under load), and the partner's choice is read once per request
     * ({@code PartnerService} keeps it for the request and forgets it when it changes).
     */
    @Bean
    LocaleResolver localeResolver(ObjectProvider<PartnerLanguage> languages) {
        // Found on first use: the resolver is made before the partner module's beans are.
        SingletonSupplier<PartnerLanguage> partnerLanguage = SingletonSupplier.of(languages::getIfAvailable);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                PartnerLanguage chosen = partnerLanguage.get();
                if (chosen != null && auth != null && auth.getPrincipal() instanceof SignedInPerson me) {
                    var own = chosen.of(me.id());
                    if (own.isPresent()) {
                        return own.get();
                    }
                }
                return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("A partner's language is changed on the account page");
            }
        };
    }

    /**
     * The pseudo-locale: every English message embedded right-to-left (RLE … PDF), so that a page
     * in it behaves as an Arabic one would (punctuation at the start, mirrored layout) while its
     * words stay readable to whoever checks it. Generated, so there is no file to keep up.
     */
    static final class PseudoRtl implements MessageSource {

        private static final String RLE = "\u202B";
        private static final String PDF = "\u202C";

        private final MessageSource english;

        PseudoRtl(MessageSource english) {
            this.english = english;
        }

        private static boolean pseudo(Locale locale) {
            return Languages.PSEUDO_RTL.equals(locale);
        }

        private static String wrap(String message) {
            return message == null || message.isEmpty() ? message : RLE + message + PDF;
        }

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            return pseudo(locale) ? wrap(english.getMessage(code, args, defaultMessage, Locale.ENGLISH))
                    : english.getMessage(code, args, defaultMessage, locale);
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) {
            return pseudo(locale) ? wrap(english.getMessage(code, args, Locale.ENGLISH))
                    : english.getMessage(code, args, locale);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
            return pseudo(locale) ? wrap(english.getMessage(resolvable, Locale.ENGLISH))
                    : english.getMessage(resolvable, locale);
        }
    }
}
