package dev.lsorg.app.mutation;

import dev.lsorg.api.ApiRequest;
import dev.lsorg.api.RequestPreview;
import dev.lsorg.text.Sanitizer;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One proposed change to the org, complete enough to confirm, send, dry-run and journal: what it does in words,
 * every target, its scope, its risk, the exact requests it will send and, when it cannot be undone, the text to
 * type to confirm. Only {@link MutationFactory} creates one (the constructor is package-private), so read-only
 * mode and the input rules cannot be bypassed; the console's confirm dialog and the shell's prompt both show it.
 */
public final class Mutation {
    private final UUID id = UUID.randomUUID();
    private final MutationKind kind;
    private final String title;
    private final List<String> targets;
    private final String scope;
    private final UUID workspaceId;
    private final List<ApiRequest<?>> requests;
    private final String confirmText;

    Mutation(MutationKind kind, String title, List<String> targets, String scope, UUID workspaceId,
            List<ApiRequest<?>> requests, String confirmText) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.targets = List.copyOf(targets);
        this.scope = Objects.requireNonNull(scope, "scope");
        this.workspaceId = workspaceId;
        this.requests = List.copyOf(requests);
        this.confirmText = kind.risk() == Risk.DESTRUCTIVE ? Objects.requireNonNull(confirmText, "confirmText") : null;
        if (this.requests.isEmpty()) {
            throw new IllegalArgumentException("a mutation sends at least one request");
        }
    }

    /** Identity of this proposal: running it a second time sends nothing. */
    public UUID id() {
        return id;
    }

    /** Which change this is. */
    public MutationKind kind() {
        return kind;
    }

    /** The change in words: who, what, where, from which role to which. */
    public String title() {
        return title;
    }

    /** Every target (emails, workspace names, key descriptions), one per marked row. */
    public List<String> targets() {
        return targets;
    }

    /** {@code org <name>} or {@code workspace <name>}. */
    public String scope() {
        return scope;
    }

    /** The workspace the change is scoped to, or {@code null} for an org-wide change. */
    public UUID workspaceId() {
        return workspaceId;
    }

    /** Normal or destructive. */
    public Risk risk() {
        return kind.risk();
    }

    /** Whether the change cannot be undone (and so needs {@link #confirmText()} typed). */
    public boolean destructive() {
        return kind.risk() == Risk.DESTRUCTIVE;
    }

    /** The text a person must type to confirm a destructive change; {@code null} for a normal one. */
    public String confirmText() {
        return confirmText;
    }

    /** Whether {@code typed} confirms this change: always for a normal one, the exact text for a destructive one. */
    public boolean confirmedBy(String typed) {
        return !destructive() || confirmText.equals(typed);
    }

    /** The requests in the order they will be sent (several for marked rows or invites beyond 500). */
    public List<ApiRequest<?>> requests() {
        return requests;
    }

    /** Each request as it will be sent, with the key masked. */
    public List<RequestPreview> previews() {
        return requests.stream().map(ApiRequest::preview).toList();
    }

    /**
     * The whole proposal as text: words, targets, scope, the undo warning and every request. Names in it are
     * {@link Sanitizer sanitised}, so each line break is the text's own; the bodies are lsorg's escaped JSON.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(Sanitizer.message(title)).append('\n');
        if (targets.size() > 1) {
            sb.append("Targets (").append(targets.size()).append("): ")
                    .append(String.join(", ", targets.stream().map(Sanitizer::line).toList())).append('\n');
        }
        sb.append("Scope: ").append(scope).append('\n');
        if (destructive()) {
            sb.append("This cannot be undone.\n");
        }
        previews().forEach(p -> sb.append('\n').append(p.text()));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Mutation[" + kind + ": " + title + "]";
    }
}
