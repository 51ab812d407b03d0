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
 */
public record Connection(String endpoint, String keyShort, String keyScope, boolean readOnly, boolean dryRun,
                         boolean insecureHttp) {
    /** A connection over https or to this machine. */
    public Connection(String endpoint, String keyShort, String keyScope, boolean readOnly, boolean dryRun) {
        this(endpoint, keyShort, keyScope, readOnly, dryRun, false);
    }
}
