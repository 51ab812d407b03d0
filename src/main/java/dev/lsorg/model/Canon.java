package dev.lsorg.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance for each distinct value read from LangSmith (strings, ids, instants, login methods), so a
 * large org is held once: a member's email, name, ids and login method appear in the org list and again in every
 * workspace list that holds the member, and role names, workspace ids and the org id in every one of 150,000
 * identities. Decoding answers through {@link Json#reader} with a canon shares them as they are read. The table
 * starts afresh past {@value #MAX_ENTRIES} entries, so values that are gone from the org are not kept forever.
 * Thread-safe.
 */
public final class Canon {
    private static final int MAX_ENTRIES = 1 << 21;
    private volatile ConcurrentHashMap<Object, Object> table = new ConcurrentHashMap<>();

    /** The shared instance equal to {@code value} (that value itself the first time); null stays null. */
    @SuppressWarnings("unchecked")
    public <T> T of(T value) {
        if (value == null) {
            return null;
        }
        ConcurrentHashMap<Object, Object> t = table;
        // get first: putIfAbsent locks the bin even when the value is there, and most values are
        Object known = t.get(value);
        if (known == null) {
            known = t.putIfAbsent(value, value);
        }
        if (known != null) {
            return (T) known;
        }
        if (t.size() > MAX_ENTRIES) {
            table = new ConcurrentHashMap<>();
        }
        return value;
    }

    /** How many distinct values are shared now. */
    public int size() {
        return table.size();
    }
}
