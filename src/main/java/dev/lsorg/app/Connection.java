package dev.lsorg.app;

/**
 * Facts about the connection the header shows; fixed for a run.
 *
 * @param endpoint     API base URL
 * @param keyShort     the key's masked short form
 * @param keyScope     what the key reaches ("org" or a workspace), as far as known
 * @param readOnly     changes are refused (badge)
 * @param dryRun       changes are confirmed and recorded, never sent
 * @param insecureHttp the key travels unencrypted (plain http to another machine, allowed by the user; badge)
 * @param operator     who is at the keyboard of a console served over SSH and their access, e.g.
 *                     {@code alice (write)}; null for the local console
 */
public record Connection(String endpoint, String keyShort, String keyScope, boolean readOnly, boolean dryRun,
                         boolean insecureHttp, String operator) {
    /** A connection over https or to this machine. */
    public Connection(String endpoint, String keyShort, String keyScope, boolean readOnly, boolean dryRun) {
        this(endpoint, keyShort, keyScope, readOnly, dryRun, false);
    }

    /** A connection of the local console. */
    public Connection(String endpoint, String keyShort, String keyScope, boolean readOnly, boolean dryRun,
                      boolean insecureHttp) {
        this(endpoint, keyShort, keyScope, readOnly, dryRun, insecureHttp, null);
    }
}
