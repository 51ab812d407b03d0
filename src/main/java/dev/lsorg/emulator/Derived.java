package dev.lsorg.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values derived from the org (sorted member lists, keys by workspace, invites by workspace), kept until the org
 * changes: a client reading a 50,000-member list 500 at a time asks for 100 pages of the same order, and a whole-org
 * load asks for each of 1,000 workspaces' keys; sorting or scanning everything for each of those requests made the
 * emulator, not the client, the slow side of the load. Only the server's event loop uses it (as the {@link Store}).
 */
final class Derived {
    private static final int MAX_VALUES = 64;
    private final Store store;
    private final Map<String, Entry> values = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_VALUES;
        }
    };

    private record Entry(long version, Object value) {
    }

    Derived(Store store) {
        this.store = store;
    }

    /** The value named {@code key} as {@code make} makes it, made again only after a change to the org. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> make) {
        if (!store.settled()) {
            return make.get();
        }
        Entry e = values.get(key);
        if (e == null || e.version() != store.version()) {
            e = new Entry(store.version(), make.get());
            values.put(key, e);
        }
        return (T) e.value();
    }
}
