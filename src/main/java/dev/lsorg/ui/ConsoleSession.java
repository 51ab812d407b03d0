package dev.lsorg.ui;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.Connection;
import io.vertx.core.Future;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.RequestEntry;
import java.util.UUID;
import java.util.function.Consumer;

/** The org connection the console runs on, built by the command line (real org or {@code --demo} emulator). */
public interface ConsoleSession extends AutoCloseable {
    /** The reads. */
    OrgReader reader();

    /** Header facts. */
    Connection connection();

    /** The workspace to start in, or null for the first one. */
    UUID workspace();

    /** A workspace to start in given by name (resolved once workspaces are loaded), or null. */
    default String workspaceName() {
        return null;
    }

    /** Calls {@code sink} (from any thread) if the connection facts change after start; most sessions never do. */
    default void onConnection(Consumer<Connection> sink) {
    }

    /** The client changes are sent through (still starting for {@code --demo}); failed when there is none. */
    default Future<LangSmithClient> client() {
        return Future.failedFuture("this session cannot make changes");
    }

    /** The config profile in use, for the journal; null when none. */
    default String profile() {
        return null;
    }

    /** Calls {@code sink} (from any thread) for every request the client makes. */
    void onRequest(Consumer<RequestEntry> sink);

    @Override
    void close();
}
