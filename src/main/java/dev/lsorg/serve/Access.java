package dev.lsorg.serve;

/** What an operator may do in a served console: read only (the default), or also change the org. */
public enum Access {
    /** Sees everything the host's key may read; has no change keys. */
    READ,
    /** May also make changes, each confirmed and journalled under the operator's name. */
    WRITE;

    /** The word used in the authorized-keys file and on screen. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
