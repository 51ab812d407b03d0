package dev.lsorg.serve;

import java.security.PublicKey;

/**
 * One authorized-keys line as lsorg reads it: a person's key and the access granted to it.
 *
 * @param person      the name the console, the journal and other sessions show
 * @param access      read or write
 * @param key         the public key
 * @param fingerprint the key's SHA256 fingerprint
 * @param line        the line it came from (1-based)
 */
public record Grant(String person, Access access, PublicKey key, String fingerprint, int line) {
    /** {@code alice (write)}. */
    public String label() {
        return person + " (" + access.word() + ")";
    }
}
