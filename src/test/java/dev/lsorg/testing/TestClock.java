package dev.lsorg.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' one clock: it stands still at {@link #PINNED} until a test moves it, so the emulator's seed, the
 * console, the audit and the journal all see the same "now" and a test passes on any day. Thread-safe, because the
 * emulator reads it on its event loop while the test moves it.
 *
 * <p>{@link #PINNED} is {@value #DEFAULT} unless the system property {@value #PROPERTY} names another instant
 * ({@code mvn -B verify -Dlsorg.test.now=2027-11-28T12:00:00Z} runs the whole suite a year later).
 */
public final class TestClock extends Clock {
    /** The system property that moves {@link #PINNED}. */
    public static final String PROPERTY = "lsorg.test.now";
    /** The instant tests are pinned at when the property is not set. */
    public static final String DEFAULT = "2026-11-28T12:00:00Z";
    /** The instant every test clock starts at. */
    public static final Instant PINNED = Instant.parse(System.getProperty(PROPERTY, DEFAULT).isBlank() ? DEFAULT
            : System.getProperty(PROPERTY, DEFAULT));

    private final AtomicReference<Instant> now;

    private TestClock(AtomicReference<Instant> now) {
        this.now = now;
    }

    /** A clock standing at {@link #PINNED}. */
    public static TestClock pinned() {
        return at(PINNED);
    }

    /** A clock standing at {@code instant}. */
    public static TestClock at(Instant instant) {
        return new TestClock(new AtomicReference<>(instant));
    }

    /** Moves the clock forward (or back, with a negative duration) at once; nothing waits. */
    public TestClock advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
        return this;
    }

    /** Sets the clock to {@code instant}. */
    public TestClock set(Instant instant) {
        now.set(instant);
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving clock (tests only use UTC). */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
