package dev.lsorg.emulator;

import java.time.Instant;
import java.util.UUID;

/** A workspace as the emulator stores it; deletion is soft, as LangSmith's {@code is_deleted} shows. */
final class Workspace {
    final UUID id;
    final String handle;
    final Instant createdAt;
    String displayName;
    boolean deleted;

    Workspace(UUID id, String displayName, String handle, Instant createdAt) {
        this.id = id;
        this.displayName = displayName;
        this.handle = handle;
        this.createdAt = createdAt;
    }
}
