package dev.lsorg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter: never more than its size in flight, first come first served, urgent tasks first. */
class LimiterTest {
    @Test
    void urgentTasksStartBeforeOrdinaryOnesAndThePeakIsBounded() {
        Limiter limiter = new Limiter(2);
        List<String> started = new ArrayList<>();
        List<Promise<Void>> running = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d", "u1", "e", "u2")) {
            limiter.submit(() -> {
                started.add(name);
                Promise<Void> p = Promise.promise();
                running.add(p);
                return p.future();
            }, name.startsWith("u"));
        }
        assertEquals(List.of("a", "b"), started, "two slots");
        for (int i = 0; i < running.size(); i++) {
            running.get(i).complete();
        }
        while (started.size() < 7) {
            running.get(running.size() - 1).tryComplete();
        }
        assertEquals(List.of("a", "b", "u1", "u2", "c", "d", "e"), started);
        assertEquals(2, limiter.peak());
    }

    @Test
    void aTaskThatThrowsFreesItsSlot() {
        Limiter limiter = new Limiter(1);
        Future<Object> failed = limiter.submit(() -> {
            throw new IllegalStateException("boom");
        });
        assertEquals("boom", failed.cause().getMessage());
        assertEquals("ok", limiter.submit(() -> Future.succeededFuture("ok")).result());
    }
}
