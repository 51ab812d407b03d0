package dev.lsorg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrgData;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo org is dated relative to the one clock, so its audit reads the same on any day, and time passing (the
 * clock moved, nobody waiting) changes exactly what it should.
 */
class AuditOnAnyDayTest {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static List<Finding> audit(DemoOrg org) {
        OrgData data = org.load();
        return new Auditor(RuleCatalog.all(), Thresholds.defaults(), org.clock, "test").audit(data).findings();
    }

    /** A finding as text with each date written as its distance from the audit's day, e.g. {@code day-30}. */
    private static String relative(Finding f, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Matcher m = DAY.matcher(f.severity() + " " + f.ruleId() + " " + f.object() + " " + f.evidence() + " " + f.fix());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "day" + ChronoUnit.DAYS.between(today, LocalDate.parse(m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static List<String> relativeFindings(Instant at) {
        try (DemoOrg org = DemoOrg.startAt(at)) {
            return audit(org).stream().map(f -> relative(f, at)).toList();
        }
    }

    @Test
    void theDemoAuditIsTheSameAYearApart() {
        Instant first = TestClock.PINNED;
        Instant yearLater = first.plus(Duration.ofDays(365)).plusSeconds(3 * 3600 + 17);
        List<String> then = relativeFindings(first);
        List<String> later = relativeFindings(yearLater);
        assertFalse(then.isEmpty());
        assertEquals(then, later);
    }

    @Test
    void movingTheClockPastAKeysExpiryBringsItsExpiryFinding() {
        try (DemoOrg org = DemoOrg.start()) {
            OrgData data = org.load();
            APIKeyGetResponse soonest = data.serviceKeys().stream()
                    .filter(k -> k.expiresAt() != null && k.expiresAt().isAfter(org.clock.instant()))
                    .min(Comparator.comparing(APIKeyGetResponse::expiresAt)).orElseThrow();
            assertFalse(expiredIds(audit(org)).contains(soonest.id().toString()), "not expired yet");

            org.clock.set(soonest.expiresAt().plus(Duration.ofDays(1)));

            List<String> expired = expiredIds(audit(org));
            assertTrue(expired.contains(soonest.id().toString()), "expired after the clock passed it: " + expired);
        }
    }

    private static List<String> expiredIds(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("keys.expired")).map(f -> f.object().id()).toList();
    }
}
