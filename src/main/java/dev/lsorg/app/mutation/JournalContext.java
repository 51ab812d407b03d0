package dev.lsorg.app.mutation;

/**
 * Who and where a session makes its changes, stamped on every journal line.
 *
 * @param profile the config profile in use, or {@code null}
 * @param org     the org's name and id, e.g. {@code Acme (0b6c…)}
 * @param apiKey  the short form of the API key the changes are sent with (filled in by the runner when null)
 * @param person  who made the change in a console served over SSH, or {@code null} for the host's own user
 * @param sshKey  the fingerprint of that person's SSH key, or {@code null}
 */
public record JournalContext(String profile, String org, String apiKey, String person, String sshKey) {
    /** The context of the host's own user. */
    public JournalContext(String profile, String org) {
        this(profile, org, null, null, null);
    }

    /** The same with the API key's short form. */
    public JournalContext withApiKey(String shortForm) {
        return new JournalContext(profile, org, shortForm, person, sshKey);
    }
}
