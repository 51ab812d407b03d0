package dev.lsorg.api;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Reads a whole offset/limit list (LangSmith's {@code .../members/active} and {@code .../pending}) quickly and
 * exactly: pages of {@value #LIMIT} are fetched in speculative waves (the total is unknown), each wave twice the
 * size of the last up to a cap; reading stops at the first short page. Items keep the server's order, and an item
 * seen twice (the list shifted between pages) is kept once.
 */
public final class Pager {
    /** LangSmith's largest page. */
    public static final int LIMIT = 500;
    private static final int FIRST_WAVE = 4;

    private Pager() {
    }

    /**
     * Every item of a paged list.
     *
     * @param pageAt  fetches the page starting at an offset (with {@code limit} = {@value #LIMIT})
     * @param idOf    identity of an item, used to drop duplicates
     * @param maxWave most pages requested at once
     */
    public static <T> Future<List<T>> fetchAll(IntFunction<Future<List<T>>> pageAt, Function<T, Object> idOf,
                                               int maxWave) {
        return wave(pageAt, idOf, new LinkedHashMap<>(), 0, Math.min(FIRST_WAVE, Math.max(1, maxWave)), Math.max(1, maxWave));
    }

    private static <T> Future<List<T>> wave(IntFunction<Future<List<T>>> pageAt, Function<T, Object> idOf,
                                            Map<Object, T> seen, int firstPage, int size, int maxWave) {
        List<Future<List<T>>> pages = new ArrayList<>();
        for (int p = firstPage; p < firstPage + size; p++) {
            pages.add(pageAt.apply(p * LIMIT));
        }
        return Future.all(pages).compose(all -> {
            for (Future<List<T>> page : pages) {
                List<T> items = page.result();
                items.forEach(item -> seen.putIfAbsent(idOf.apply(item), item));
                if (items.size() < LIMIT) {
                    return Future.succeededFuture(List.copyOf(seen.values()));
                }
            }
            return wave(pageAt, idOf, seen, firstPage + size, Math.min(size * 2, maxWave), maxWave);
        });
    }
}
