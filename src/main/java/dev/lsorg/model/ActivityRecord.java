package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One audit-log record as lsorg read it: the typed {@link OCSFApiActivity} that lsorg works with, and the record
 * exactly as the server sent it ({@code raw}), which {@code lsorg activity --format ndjson} passes on unchanged to a
 * SIEM, and which is also its JSON form. The accessors read the typed record and never fail on a missing part.
 *
 * @param event the record, typed
 * @param raw   the record as received (treat as read-only)
 */
public record ActivityRecord(OCSFApiActivity event, @JsonValue JsonNode raw) {
    /** The record's id ({@code metadata.uid}), or null. */
    public UUID uid() {
        return event.metadata() == null ? null : event.metadata().uid();
    }

    /** When it happened. */
    public Instant time() {
        return Instant.ofEpochMilli(event.time());
    }

    /** The {@code AuditLogOperation} name, or "" when missing. */
    public String operation() {
        return event.api() == null || event.api().operation() == null ? "" : event.api().operation();
    }

    /** The acting user's id, or null (a service key acts for no user). */
    public UUID actorUser() {
        return event.actor() == null || event.actor().user() == null ? null : event.actor().user().uid();
    }

    /** The API key or PAT that made the request, or null. */
    public UUID actorCredential() {
        return event.actor() == null || event.actor().user() == null ? null : event.actor().user().credentialUid();
    }

    /** The HTTP method, or "". */
    public String method() {
        return event.httpRequest() == null || event.httpRequest().httpMethod() == null ? ""
                : event.httpRequest().httpMethod();
    }

    /** The request path, or "". */
    public String path() {
        var r = event.httpRequest();
        return r == null || r.url() == null || r.url().path() == null ? "" : r.url().path();
    }

    /** The workspace the operation ran in (from LangSmith's own row), or null for org-level operations. */
    public UUID workspaceId() {
        AuditLogMessage m = event.unmapped() == null ? null : event.unmapped().originalAuditLog();
        return m == null ? null : m.workspaceId();
    }

    /** The ids of the objects touched, in order, each once. */
    public List<UUID> resourceIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        if (event.resources() != null) {
            event.resources().stream().filter(r -> r != null && r.uid() != null).forEach(r -> ids.add(r.uid()));
        }
        return new ArrayList<>(ids);
    }

    /** Whether the operation succeeded ({@code status_id} 1). */
    public boolean succeeded() {
        return event.statusId() == 1;
    }
}
