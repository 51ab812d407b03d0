package dev.lsorg.api;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Reads a whole offset/limit list (LangSmith's {@code .../members/active} and {@code .../pending}) quickly and
 * exactly. The total is unknown, so pages of {@value #LIMIT} are asked for speculatively through a sliding window:
 * a few at first, one more in flight for each full page that comes back (up to a cap), and a new page asked for as
 * soon as one lands, so the pipe never drains between rounds; nothing past the first short page is asked for once it
 * is seen, and pages past it that were already asked for are ignored. Items keep the server's order, and an item
 * seen twice (the list shifted between pages) is kept once.
 */
public final class Pager {
    /** LangSmith's largest page. */
    public static final int LIMIT = 500;
    private static final int FIRST_WINDOW = 4;

    private Pager() {
    }

    /**
     * Every item of a paged list.
     *
     * @param pageAt  fetches the page starting at an offset (with {@code limit} = {@value #LIMIT})
     * @param idOf    identity of an item, used to drop duplicates
     * @param maxWave most pages requested at once; 1 asks for no page beyond the last
     */
    public static <T> Future<List<T>> fetchAll(IntFunction<Future<List<T>>> pageAt, Function<T, Object> idOf,
                                               int maxWave) {
        Reading<T> reading = new Reading<>(pageAt, idOf, Math.max(1, maxWave));
        reading.pump();
        return reading.done.future();
    }

    /** One list being read: which pages are asked for, which are in, and where the list ends once known. */
    private static final class Reading<T> {
        private final IntFunction<Future<List<T>>> pageAt;
        private final Function<T, Object> idOf;
        private final int maxWindow;
        private final Promise<List<T>> done = Promise.promise();
        private final Map<Integer, List<T>> pages = new HashMap<>();
        private int window;
        private int next;
        private int inFlight;
        /** The index of the first short page: the last page of the list. */
        private int last = Integer.MAX_VALUE;
        private boolean pumping;
        private boolean again;
        private boolean finished;

        Reading(IntFunction<Future<List<T>>> pageAt, Function<T, Object> idOf, int maxWindow) {
            this.pageAt = pageAt;
            this.idOf = idOf;
            this.maxWindow = maxWindow;
            this.window = Math.min(FIRST_WINDOW, maxWindow);
        }

        // Asks for pages while the window has room. A page already answered lands inside pageAt's call, and pages
        // land on other threads meanwhile: such a nested call only notes that there may be more to ask for, and the
        // one call that is pumping looks again before it stops.
        void pump() {
            synchronized (this) {
                if (pumping) {
                    again = true;
                    return;
                }
                pumping = true;
            }
            while (true) {
                int page;
                while ((page = take()) >= 0) {
                    int p = page;
                    Future<List<T>> answer;
                    try {
                        answer = pageAt.apply(p * LIMIT);
                    } catch (RuntimeException e) {
                        answer = Future.failedFuture(e);
                    }
                    answer.onComplete(ar -> landed(p, ar));
                }
                synchronized (this) {
                    if (!again) {
                        pumping = false;
                        return;
                    }
                    again = false;
                }
            }
        }

        // The next page to ask for, or -1 when the window is full, the end is known, or the reading is over.
        private synchronized int take() {
            if (finished || inFlight >= window || next > last) {
                return -1;
            }
            inFlight++;
            return next++;
        }

        private void landed(int page, AsyncResult<List<T>> answer) {
            Throwable failed = null;
            List<T> all = null;
            synchronized (this) {
                inFlight--;
                if (finished || page > last) {
                    return;
                }
                if (answer.failed()) {
                    finished = true;
                    failed = answer.cause();
                } else {
                    keep(page, answer.result());
                    all = complete() ? merged() : null;
                    finished = all != null;
                }
            }
            if (failed != null) {
                done.fail(failed);
            } else if (all != null) {
                done.complete(all);
            } else {
                pump();
            }
        }

        private void keep(int page, List<T> items) {
            pages.put(page, items);
            if (items.size() < LIMIT) {
                last = Math.min(last, page);
            } else {
                window = Math.min(window + 1, maxWindow);
            }
        }

        private boolean complete() {
            if (last == Integer.MAX_VALUE) {
                return false;
            }
            for (int p = 0; p <= last; p++) {
                if (!pages.containsKey(p)) {
                    return false;
                }
            }
            return true;
        }

        private List<T> merged() {
            Map<Object, T> seen = new LinkedHashMap<>();
            for (int p = 0; p <= last; p++) {
                pages.get(p).forEach(item -> seen.putIfAbsent(idOf.apply(item), item));
            }
            return List.copyOf(seen.values());
        }
    }
}
