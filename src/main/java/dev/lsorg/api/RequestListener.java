package dev.lsorg.api;

/**
 * Receives the outcome of every HTTP attempt the client makes (the console's Requests pane and the debug log).
 * Called on a Vert.x event-loop thread: implementations must be quick and must not block.
 */
@FunctionalInterface
public interface RequestListener {
    /** One attempt finished (successfully or not). */
    void onRequest(RequestEvent event);
}
