package dev.lsorg.app.mutation;

/**
 * Who and where a session makes its changes, stamped on every journal line.
 *
 * @param profile the config profile in use, or {@code null}
 * @param org     the org's name and id, e.g. {@code Acme (0b6c…)}
 */
public record JournalContext(String profile, String org) {
}
