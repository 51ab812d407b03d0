package dev.lsorg.api;

/**
 * Follows a whole-org load: how many of the known steps are done. The total grows once the workspace list is in
 * (two steps per workspace). Called on a Vert.x event-loop thread; must not block.
 */
@FunctionalInterface
public interface LoadProgress {
    /** A listener that ignores progress. */
    LoadProgress NONE = (done, total, step) -> { };

    /** {@code done} of {@code total} steps finished; {@code step} names the one that just finished. */
    void onProgress(int done, int total, String step);
}
