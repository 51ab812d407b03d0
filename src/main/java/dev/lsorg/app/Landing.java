package dev.lsorg.app;

import java.util.List;

/**
 * Where the selection goes once a change's panes have reloaded: the row of {@code pane} that shows one of
 * {@code names} (what was created or changed: an email, a key's description, a workspace's name).
 *
 * @param pane  the pane the change was made in
 * @param names what the row shows, matched without regard to case
 */
public record Landing(PaneId pane, List<String> names) {
}
