package dev.lsorg.ui;

import java.util.List;

/**
 * The configured orgs the console can switch to in place ({@code :profile NAME}, like k9s contexts): their names,
 * and a session on one of them. Built by the command line from the config file.
 */
public interface ProfileSwitcher {
    /** The profile names, for completion and checking. */
    List<String> names();

    /**
     * A session on the org of profile {@code name} (its endpoint, key, read-only setting and workspace); may block
     * (it resolves the key, maybe by running a command), so it is called off the GUI thread.
     *
     * @throws Exception with a one-line message that names what to fix, never a key
     */
    ConsoleSession open(String name) throws Exception;
}
