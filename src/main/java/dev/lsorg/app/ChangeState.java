package dev.lsorg.app;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The console's part of the change flow that outlives a dialog: rows marked with Space per pane, and the change
 * being sent (its rows show a spinner and its pane's auto-refresh pauses until the answer arrives).
 *
 * @param marks   marked row ids per pane
 * @param running the change in flight, or null
 */
public record ChangeState(Map<PaneId, Set<String>> marks, Running running) {
    /** Nothing marked, nothing in flight. */
    public static final ChangeState NONE = new ChangeState(Map.of(), null);

    /**
     * A confirmed change waiting for its answer.
     *
     * @param mutationId the mutation sent (a second confirm of the same id is ignored)
     * @param pane       the pane it was started from
     * @param rowIds     the rows it acts on (drawn with a spinner)
     * @param since      when it was sent
     */
    public record Running(UUID mutationId, PaneId pane, Set<String> rowIds, Instant since) {
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

    /** With {@code r} in flight (null when the answer came). */
    public ChangeState running(Running r) {
        return new ChangeState(marks, r);
    }

    /** Whether {@code pane} waits for a change's answer (its auto-refresh pauses meanwhile). */
    public boolean busy(PaneId pane) {
        return running != null && running.pane() == pane;
    }

    private ChangeState withMarks(PaneId pane, Set<String> set) {
        Map<PaneId, Set<String>> copy = new EnumMap<>(PaneId.class);
        copy.putAll(marks);
        copy.put(pane, Set.copyOf(set));
        return new ChangeState(Map.copyOf(copy), running);
    }
}
