package dev.lsorg.serve;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Connection;
import java.nio.file.Path;

/**
 * What every served console is made from: the one loader and change gate, the server's log and options, the
 * connection facts of the host's key, the change support over the one client and journal, and the table of open
 * consoles.
 *
 * @param client  the one API client (each session sends through a view of it that reports to its Requests pane)
 * @param hub     the shared loader and change gate
 * @param log     the server's log
 * @param options how the server runs
 * @param host    the connection facts of the host's key (every session's header starts from them)
 * @param changes changes through the one client into the one journal
 * @param table   the open consoles
 */
record SessionKit(LangSmithClient client, OrgHub hub, ServeLog log, ServeOptions options, Connection host,
                  ChangeSupport changes, SessionTable table) {
    /** The connection a person's console shows: read access is read-only mode, the one place that removes changes. */
    Connection connectionFor(Grant g) {
        return new Connection(host.endpoint(), host.keyShort(), host.keyScope(),
                host.readOnly() || g.access() != Access.WRITE, host.dryRun(), host.insecureHttp(), g.label());
    }

    /** Why a person's console makes no changes, in their terms, or null when it may. */
    String readOnlyWhy(Grant g) {
        if (host.readOnly()) {
            return "this server runs read-only (lsorg serve --read-only or a read-only profile)";
        }
        return g.access() != Access.WRITE ? "your access is read: the host grants write in its authorized keys file"
                : null;
    }

    /** Where a person's exports go, or null when exports are off. */
    Path exportsOf(Grant g) {
        return options.exportDir() == null ? null : options.exportDir().resolve(g.person());
    }
}
