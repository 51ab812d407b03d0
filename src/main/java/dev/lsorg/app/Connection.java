package dev.lsorg.app;

/**
 * Facts about the connection the header shows; fixed for a run.
 *
 * @param endpoint  API base URL
 * @param keyShort  the key's masked short form
 * @param keyScope  what the key reaches ("org" or a workspace), as far as known
 * @param readOnly  changes are refused (badge)
 * @param dryRun    changes are confirmed and recorded, never sent
 */
public record Connection(String endpoint, String keyShort, String keyScope, boolean readOnly, boolean dryRun) {
}
