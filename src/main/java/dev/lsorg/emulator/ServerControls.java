package dev.lsorg.emulator;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's live {@link ServerSettings}: tests, the command line and {@code /_emulator/settings} change them
 * at any time; each request reads them when it arrives.
 */
public final class ServerControls {
    private final AtomicReference<ServerSettings> settings;

    ServerControls(ServerSettings initial) {
        this.settings = new AtomicReference<>(initial);
    }

    /** The settings in force now. */
    public ServerSettings settings() {
        return settings.get();
    }

    /** Replaces the settings. */
    public void set(ServerSettings next) {
        settings.set(next);
    }

    /** Switches the org-wide PAT list on, or off (then it answers 404, as older servers do). */
    public ServerControls orgPatList(boolean on) {
        settings.updateAndGet(s -> s.withOrgPatList(on));
        return this;
    }

    /** Limits each key to {@code perMinute} requests per fixed one-minute window (0: no limit). */
    public ServerControls rateLimitPerMinute(int perMinute) {
        settings.updateAndGet(s -> s.withRateLimitPerMinute(perMinute));
        return this;
    }
}
