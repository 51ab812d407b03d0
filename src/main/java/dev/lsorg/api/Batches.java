package dev.lsorg.api;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits batch invites into calls of at most {@value #MAX} entries (LangSmith's limit) and sends them one after
 * another, so a failure stops the rest instead of leaving an unknown mix of applied chunks.
 */
final class Batches {
    /** LangSmith's largest batch. */
    static final int MAX = 500;

    private Batches() {
    }

    /** {@code items} cut into consecutive chunks of at most {@value #MAX}. */
    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += MAX) {
            chunks.add(List.copyOf(items.subList(i, Math.min(items.size(), i + MAX))));
        }
        return chunks;
    }

    /** Sends the requests in order, concatenating their answers; stops at the first failure. */
    static <R> Future<List<R>> sendInOrder(Transport transport, List<ApiRequest<List<R>>> requests) {
        Future<List<R>> chain = Future.succeededFuture(List.of());
        for (ApiRequest<List<R>> request : requests) {
            chain = chain.compose(done -> transport.send(request).map(next -> {
                List<R> all = new ArrayList<>(done);
                all.addAll(next);
                return List.copyOf(all);
            }));
        }
        return chain;
    }
}
