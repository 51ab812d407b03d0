package dev.lsorg.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lsorg.model.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The JSON of each listed object (org member, workspace member, invite, key) made once and reused by every page and
 * list that shows it until the org changes: serialising the same 50,000 members for every whole-org load was most
 * of the emulator's work. A key's view also changes with its last use (every request stamps it), so that is part of
 * its entry. Only the server's event loop uses it; past {@value #MAX_BYTES} bytes nothing more is kept.
 */
final class ViewJson {
    private static final long MAX_BYTES = 256L << 20;
    private final Store store;
    private final Views views;
    private final Map<Object, Entry> entries = new HashMap<>();
    private long version = -1;
    private long bytes;

    private record Entry(Object stamp, byte[] json) {
    }

    /** An invite as one workspace lists it. */
    private record InWorkspace(Invite invite, UUID workspace) {
    }

    ViewJson(Store store, Views views) {
        this.store = store;
        this.views = views;
    }

    byte[] orgMember(OrgMember m) {
        return of(m, null, () -> views.orgMember(m));
    }

    byte[] member(WorkspaceMember w) {
        return of(w, null, () -> views.member(w));
    }

    byte[] orgPending(Invite i) {
        return of(i, null, () -> views.orgPending(i));
    }

    byte[] workspacePending(Invite i, UUID workspace) {
        return of(new InWorkspace(i, workspace), null, () -> views.workspacePending(i, workspace));
    }

    byte[] key(ApiKey k) {
        return of(k, k.lastUsedAt, () -> views.key(k));
    }

    /** Any value as JSON text (not kept). */
    static byte[] write(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an answer", e);
        }
    }

    private byte[] of(Object key, Object stamp, Supplier<Object> view) {
        if (!store.settled()) {
            return write(view.get());
        }
        if (version != store.version()) {
            entries.clear();
            bytes = 0;
            version = store.version();
        }
        Entry e = entries.get(key);
        if (e != null && Objects.equals(e.stamp(), stamp)) {
            return e.json();
        }
        byte[] json = write(view.get());
        if (bytes + json.length <= MAX_BYTES) {
            bytes += json.length - (e == null ? 0 : e.json().length);
            entries.put(key, new Entry(stamp, json));
        }
        return json;
    }
}
