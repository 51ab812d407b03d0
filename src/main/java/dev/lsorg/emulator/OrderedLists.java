package dev.lsorg.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sorted, filtered member lists the paged routes cut their pages from, kept until the org changes: a client
 * reading a 50,000-member list 500 at a time asks for 100 pages of the same order, and sorting the whole list for
 * each page made the emulator, not the client, the slow side of a whole-org load. Only the server's event loop uses
 * it (as the {@link Store}).
 */
final class OrderedLists {
    private static final int MAX_LISTS = 64;
    private final Store store;
    private final Map<String, Entry> lists = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_LISTS;
        }
    };

    private record Entry(long version, List<?> items) {
    }

    OrderedLists(Store store) {
        this.store = store;
    }

    /** The list named {@code key} as {@code order} makes it, made again only after a change to the org. */
    @SuppressWarnings("unchecked")
    <T> List<T> get(String key, Supplier<List<T>> order) {
        Entry e = lists.get(key);
        if (e == null || e.version() != store.version()) {
            e = new Entry(store.version(), order.get());
            lists.put(key, e);
        }
        return (List<T>) e.items();
    }
}
