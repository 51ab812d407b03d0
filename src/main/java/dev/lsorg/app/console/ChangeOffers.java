package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.MutationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The change verbs as data: what each does in which pane (its label in the hint bar) and which change it makes,
 * so whether the key's permissions allow it is known before it is pressed: a verb the API key may not use is shown
 * disabled with its reason instead of being offered and then refused.
 */
public final class ChangeOffers {
    private static final Map<PaneId, Map<Verb, String>> LABELS = Map.of(
            PaneId.WORKSPACES, Map.of(Verb.NEW, "new", Verb.RENAME, "rename", Verb.DELETE, "delete"),
            PaneId.MEMBERS, Map.of(Verb.INVITE, "invite", Verb.ROLE, "role", Verb.DELETE, "remove",
                    Verb.MARK, "mark"),
            PaneId.WS_MEMBERS, Map.of(Verb.ADD, "add", Verb.ROLE, "role", Verb.DELETE, "remove",
                    Verb.MARK, "mark"),
            PaneId.API_KEYS, Map.of(Verb.NEW, "new", Verb.ROLE, "role", Verb.DELETE, "revoke",
                    Verb.MARK, "mark"),
            PaneId.SECURITY, Map.of(Verb.MARK, "toggle", Verb.UNSHARE, "unshare"));
    private static final Map<PaneId, Map<Verb, MutationKind>> KINDS = Map.of(
            PaneId.WORKSPACES, Map.of(Verb.NEW, MutationKind.CREATE_WORKSPACE, Verb.RENAME,
                    MutationKind.RENAME_WORKSPACE, Verb.DELETE, MutationKind.DELETE_WORKSPACE),
            PaneId.MEMBERS, Map.of(Verb.INVITE, MutationKind.INVITE, Verb.ROLE, MutationKind.CHANGE_ORG_ROLE,
                    Verb.DELETE, MutationKind.REMOVE_FROM_ORG),
            PaneId.WS_MEMBERS, Map.of(Verb.ADD, MutationKind.ADD_TO_WORKSPACE, Verb.ROLE,
                    MutationKind.CHANGE_WORKSPACE_ROLE, Verb.DELETE, MutationKind.REMOVE_FROM_WORKSPACE),
            PaneId.API_KEYS, Map.of(Verb.NEW, MutationKind.CREATE_KEY, Verb.ROLE, MutationKind.CHANGE_KEY_ROLE,
                    Verb.DELETE, MutationKind.REVOKE_KEY),
            PaneId.SECURITY, Map.of(Verb.MARK, MutationKind.SET_PUBLIC_SHARING, Verb.UNSHARE,
                    MutationKind.UNSHARE_ALL));
    // The order verbs are offered in, within a pane.
    private static final List<Verb> ORDER = List.of(Verb.NEW, Verb.RENAME, Verb.INVITE, Verb.ADD, Verb.ROLE,
            Verb.DELETE, Verb.MARK, Verb.UNSHARE);

    private final Supplier<ChangeSupport> support;

    ChangeOffers(Supplier<ChangeSupport> support) {
        this.support = support;
    }

    /** What {@code v} does in {@code pane} for the hint bar, or null where it does nothing. */
    public static String label(Verb v, PaneId pane) {
        return LABELS.getOrDefault(pane, Map.of()).get(v);
    }

    /** The change {@code v} makes in {@code pane} (for its permission), or null (marking needs none). */
    static MutationKind kind(Verb v, PaneId pane) {
        return KINDS.getOrDefault(pane, Map.of()).get(v);
    }

    /** The change verbs of the pane on screen, labelled for it, each with why it is unavailable now. */
    List<Offer> offers(AppState s) {
        List<Offer> out = new ArrayList<>();
        for (Verb v : ORDER) {
            String label = label(v, s.pane());
            if (label != null) {
                out.add(new Offer(v, label, v.help(), unavailable(s, v).orElse(null)));
            }
        }
        return out;
    }

    /** Why {@code v} cannot be used in the pane on screen now, or empty. */
    Optional<String> unavailable(AppState s, Verb v) {
        MutationKind kind = kind(v, s.pane());
        if (kind == null) {
            return Optional.empty();
        }
        ChangeSupport cs = support.get();
        return cs == null ? Optional.of("changes are not set up in this console") : cs.unavailable(s, kind);
    }

    /** Every pane's change verbs this API key cannot use, with the reason: (verb, pane title, reason). */
    List<String[]> disabled(AppState s) {
        List<String[]> out = new ArrayList<>();
        ChangeSupport cs = support.get();
        if (s.connection().readOnly() || cs == null) {
            return out;
        }
        for (PaneId pane : PaneId.values()) {
            for (Verb v : ORDER) {
                MutationKind kind = kind(v, pane);
                if (kind != null) {
                    cs.unavailable(s, kind).ifPresent(w -> out.add(new String[] {v.name(), pane.title(), w}));
                }
            }
        }
        return out;
    }
}
