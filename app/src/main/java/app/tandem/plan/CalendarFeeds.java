package app.tandem.plan;

import app.tandem.couple.CoupleService;
import app.tandem.kernel.NotFoundException;
import app.tandem.partner.PartnerService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's calendar subscription: a link with 256 random bits, of which only a SHA-256 is kept
 * (like a password reset's), read without sign-in by a calendar app. A new link replaces the old;
 * revoking it makes the old address not found. It lists the plans of the partner's present couple,
 * content-free unless they opt in to titles.
 */
@Service
public class CalendarFeeds {

    /** What the feed lists at most: the latest plans, so a long history costs nothing. */
    static final int FEED_LENGTH = 100;

    private final JdbcClient jdbc;
    private final CoupleService couples;
    private final PlanRepository plans;
    private final PartnerService partners;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(JdbcClient jdbc, CoupleService couples, PlanRepository plans, PartnerService partners, Clock clock) {
        this.jdbc = jdbc;
        this.couples = couples;
        this.plans = plans;
        this.partners = partners;
        this.clock = clock;
    }

    /** Whether I have a feed, and whether it says titles. */
    public Optional<Boolean> status(long partnerId) {
        return jdbc.sql("select with_titles from calendar_feed where partner_id = ?").param(partnerId)
                .query(Boolean.class).optional();
    }

    /** A new secret link (the old one stops working); the path is shown once and never kept. */
    @Transactional
    public String renew(long partnerId, boolean withTitles) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into calendar_feed (partner_id, token_hash, with_titles, created_at) values (?, ?, ?, ?) "
                        + "on conflict (partner_id) do update set token_hash = excluded.token_hash, "
                        + "with_titles = excluded.with_titles, created_at = excluded.created_at")
                .params(partnerId, sha256(token), withTitles, Rows.at(clock.instant())).update();
        return path(token);
    }

    @Transactional
    public void revoke(long partnerId) {
        jdbc.sql("delete from calendar_feed where partner_id = ?").param(partnerId).update();
    }

    /** The feed behind a link, as iCalendar text; an unknown or revoked link is not found. */
    public String feed(String token, String baseUrl) {
        record Feed(long partnerId, boolean withTitles) {}
        Feed feed = jdbc.sql("select partner_id, with_titles from calendar_feed where token_hash = ?")
                .param(sha256(token == null ? "" : token))
                .query((rs, n) -> new Feed(rs.getLong("partner_id"), rs.getBoolean("with_titles"))).optional()
                .orElseThrow(() -> new NotFoundException("Calendar"));
        List<PlanSummary> ours = couples.coupleOf(feed.partnerId())
                .map(c -> plans.recent(c.id(), FEED_LENGTH).stream().map(h -> new PlanSummary(h.id(), h.kind(), h.title(),
                        h.startsAt(), h.place(), h.debriefAt(), h.createdAt())).toList())
                .orElse(List.of());
        // A calendar app asks without a session: the feed speaks its owner's language.
        Locale language = partners.languageOf(feed.partnerId()).orElse(Locale.ENGLISH);
        return PlanCalendar.feed(ours, feed.withTitles(), baseUrl, language);
    }

    /** One plan's own .ics, for a partner of its couple. */
    public String ofPlan(Plan plan, String baseUrl) {
        return PlanCalendar.ofPlan(new PlanSummary(plan.id(), plan.kind(), plan.title(), plan.startsAt(), plan.place(),
                plan.debriefAt(), plan.createdAt()), baseUrl, readersLanguage());
    }

    /** The signed-in partner's, who downloads the file. */
    private static Locale readersLanguage() {
        return LocaleContextHolder.getLocaleContext() == null ? Locale.ENGLISH : LocaleContextHolder.getLocale();
    }

    public static String path(String token) {
        return "/calendar/" + token + ".ics";
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
