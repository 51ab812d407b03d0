package dev.lsorg.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The console's part of the change flow that outlives a dialog: rows marked with Space per pane, and the changes
 * in flight. A change stays in flight from its confirmation until its answer is known (checked, if it was lost)
 * and the panes it touched have reloaded, so no second change to one of its objects can be built from the state
 * before it.
 *
 * @param marks    marked row ids per pane
 * @param inFlight the changes in flight, oldest first
 */
public record ChangeState(Map<PaneId, Set<String>> marks, List<Running> inFlight) {
    /** Nothing marked, nothing in flight. */
    public static final ChangeState NONE = new ChangeState(Map.of(), List.of());

    /** Where a change in flight is. */
    public enum Phase {
        /** Sent, waiting for the answer. */
        SENDING,
        /** The answer was lost: the org is being read to tell what happened. */
        CHECKING,
        /** Known; the panes it touched are reloading. */
        RELOADING
    }

    /**
     * A confirmed change not yet settled.
     *
     * @param mutationId the mutation sent (a second confirm of the same id is ignored)
     * @param title      the change in words
     * @param objects    the objects it acts on (see {@link dev.lsorg.app.mutation.Mutation#objects()})
     * @param pane       the pane it was started from
     * @param rowIds     the rows it acts on (drawn with a spinner)
     * @param since      when it was sent
     * @param phase      sending, checking or reloading
     * @param reloading  the resources still to reload before it is settled
     */
    public record Running(UUID mutationId, String title, Set<String> objects, PaneId pane, Set<String> rowIds,
                          Instant since, Phase phase, Set<Resource> reloading) {
        /** The same change in another phase. */
        public Running in(Phase next, Set<Resource> reload) {
            return new Running(mutationId, title, objects, pane, rowIds, since, next, Set.copyOf(reload));
        }

        /** {@code 'title' is still in flight (sent 3 s ago)}. */
        public String words(Instant now) {
            long secs = Math.max(0, Duration.between(since, now).getSeconds());
            String where = switch (phase) {
                case SENDING -> "is still in flight";
                case CHECKING -> "has an unknown outcome that is being checked";
                case RELOADING -> "has just finished and the org is reloading";
            };
            return "'" + title + "' " + where + " (sent " + secs + " s ago)";
        }
    }

    /** The marked rows of {@code pane}. */
    public Set<String> marked(PaneId pane) {
        return marks.getOrDefault(pane, Set.of());
    }

    /** With {@code id} marked in {@code pane} if it was not, unmarked if it was. */
    public ChangeState toggled(PaneId pane, String id) {
        Set<String> set = new HashSet<>(marked(pane));
        if (!set.remove(id)) {
            set.add(id);
        }
        return withMarks(pane, set);
    }

    /** With no row of {@code pane} marked. */
    public ChangeState cleared(PaneId pane) {
        return withMarks(pane, Set.of());
    }

    /** Whether nothing is in flight. */
    public boolean idle() {
        return inFlight.isEmpty();
    }

    /** The change in flight with this id. */
    public Optional<Running> find(UUID mutationId) {
        return inFlight.stream().filter(r -> r.mutationId().equals(mutationId)).findFirst();
    }

    /** The change in flight that acts on one of {@code objects}, if any: a change to them must wait for it. */
    public Optional<Running> blocking(Set<String> objects) {
        return inFlight.stream().filter(r -> r.objects().stream().anyMatch(objects::contains)).findFirst();
    }

    /** Why a change to {@code objects} must wait now, naming the change in flight on one of them, or empty. */
    public Optional<String> mustWait(Set<String> objects, Instant now) {
        return blocking(objects).map(r -> "Not now: " + r.words(now) + "; wait for its outcome, then try again");
    }

    /** With {@code r} added, or replacing the entry of its mutation. */
    public ChangeState with(Running r) {
        List<Running> copy = new ArrayList<>(inFlight.stream().filter(x -> !x.mutationId().equals(r.mutationId()))
                .toList());
        copy.add(r);
        return new ChangeState(marks, List.copyOf(copy));
    }

    /** Without the change {@code mutationId}. */
    public ChangeState without(UUID mutationId) {
        return new ChangeState(marks, inFlight.stream().filter(x -> !x.mutationId().equals(mutationId)).toList());
    }

    /** With {@code loaded} reloaded: changes waiting only for it are settled and leave. */
    public ChangeState reloaded(Resource loaded) {
        List<Running> out = new ArrayList<>();
        for (Running r : inFlight) {
            if (r.phase() != Phase.RELOADING) {
                out.add(r);
            } else if (!Set.of(loaded).containsAll(r.reloading())) {
                Set<Resource> left = new HashSet<>(r.reloading());
                left.remove(loaded);
                out.add(r.in(Phase.RELOADING, left));
            }
        }
        return new ChangeState(marks, List.copyOf(out));
    }

    /** Whether {@code pane} waits for a change's answer (its auto-refresh pauses meanwhile). */
    public boolean busy(PaneId pane) {
        return inFlight.stream().anyMatch(r -> r.pane() == pane && r.phase() != Phase.RELOADING);
    }

    /** The rows of {@code pane} a change is being sent for (drawn with a spinner). */
    public Set<String> sendingRows(PaneId pane) {
        Set<String> out = new HashSet<>();
        inFlight.stream().filter(r -> r.pane() == pane && r.phase() != Phase.RELOADING)
                .forEach(r -> out.addAll(r.rowIds()));
        return out;
    }

    private ChangeState withMarks(PaneId pane, Set<String> set) {
        Map<PaneId, Set<String>> copy = new EnumMap<>(PaneId.class);
        copy.putAll(marks);
        copy.put(pane, Set.copyOf(set));
        return new ChangeState(Map.copyOf(copy), inFlight);
    }
}
