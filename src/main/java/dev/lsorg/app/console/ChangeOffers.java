package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.MutationKind;
import dev.lsorg.model.APIKeyGetResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A pane's own keys as the context offers them ({@link PaneKeys}), each change verb with whether the key's
 * permissions allow it now: a verb the API key may not use is shown disabled with its reason instead of being
 * offered and then refused, and in read-only mode every change says so.
 */
public final class ChangeOffers {
    private final Supplier<ChangeSupport> support;

    ChangeOffers(Supplier<ChangeSupport> support) {
        this.support = support;
    }

    /** What change verb {@code v} does in {@code pane} for the hint bar, or null where it does nothing. */
    public static String label(Verb v, PaneId pane) {
        PaneKeys.PaneKey k = PaneKeys.find(pane, v);
        return k == null || !v.change() ? null : k.label();
    }

    /** The change {@code v} makes in {@code pane} (for its permission), or null (marking needs none). */
    static MutationKind kind(Verb v, PaneId pane) {
        PaneKeys.PaneKey k = PaneKeys.find(pane, v);
        return k == null ? null : k.kind();
    }

    /** The pane's own keys, labelled for it, each change with why it is unavailable now. */
    List<Offer> offers(AppState s) {
        List<Offer> out = new ArrayList<>();
        for (PaneKeys.PaneKey k : PaneKeys.of(s.pane())) {
            out.add(new Offer(k.verb(), k.label(), k.help(), unavailable(s, k.verb()).orElse(null)));
        }
        return out;
    }

    /**
     * The change {@code v} makes on the selected row: on a personal access token in the API keys pane, {@code x}
     * revokes the token (any key that reads the org may ask; LangSmith lets owners and org admins do it).
     */
    static MutationKind kind(AppState s, Verb v) {
        MutationKind kind = kind(v, s.pane());
        String selected = s.paneState(s.pane()).selectedId();
        return kind == MutationKind.REVOKE_KEY && selected != null && isPat(s, selected) ? MutationKind.REVOKE_PAT
                : kind;
    }

    /** Whether row {@code id} of the API keys pane is a personal access token. */
    static boolean isPat(AppState s, String id) {
        List<APIKeyGetResponse> pats = s.data().personalAccessTokens();
        return pats != null && pats.stream().anyMatch(k -> id.equals(String.valueOf(k.id())));
    }

    /** Why {@code v} cannot be used in the pane on screen now, or empty. */
    Optional<String> unavailable(AppState s, Verb v) {
        MutationKind kind = kind(s, v);
        if (kind == null) {
            return Optional.empty();
        }
        ChangeSupport cs = support.get();
        if (cs == null) {
            return Optional.of(s.connection().readOnly() ? READ_ONLY : "changes are not set up in this console");
        }
        return cs.unavailable(s, kind);
    }

    // Revoking a service key may be out of reach while the same key still revokes a personal access token.
    private static String patsStill(AppState s, ChangeSupport cs, MutationKind kind) {
        return kind == MutationKind.REVOKE_KEY && cs.unavailable(s, MutationKind.REVOKE_PAT).isEmpty()
                ? ", on a service key (a personal access token it still revokes)" : "";
    }

    /** What read-only mode says of a change, as the factory does. */
    static final String READ_ONLY = "read-only mode: lsorg makes no changes (use --write to allow them)";

    /** Every pane's change verbs this API key cannot use, with the reason: (verb, pane title, reason). */
    List<String[]> disabled(AppState s) {
        List<String[]> out = new ArrayList<>();
        ChangeSupport cs = support.get();
        if (s.connection().readOnly() || cs == null) {
            return out;
        }
        for (PaneId pane : PaneId.TABS) {
            for (PaneKeys.PaneKey k : PaneKeys.of(pane)) {
                if (k.kind() != null) {
                    cs.unavailable(s, k.kind()).ifPresent(w -> out.add(new String[] {k.verb().name(),
                            pane.title() + patsStill(s, cs, k.kind()), w}));
                }
            }
        }
        return out;
    }
}
