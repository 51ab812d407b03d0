package dev.lsorg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter: never more than its size in flight, first come first served, urgent tasks first, background last. */
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
            }, name.startsWith("u") ? Limiter.Lane.URGENT : Limiter.Lane.ORDINARY);
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

    @Test
    void backgroundTasksKeepToTheirShareWhileForegroundWorkIsAboutAndTakeTheRestOnceItIsDone() {
        Limiter limiter = new Limiter(4, 1);
        List<String> started = new ArrayList<>();
        java.util.Map<String, Promise<Void>> running = new java.util.HashMap<>();
        java.util.function.BiConsumer<String, Limiter.Lane> submit = (name, lane) -> limiter.submit(() -> {
            started.add(name);
            Promise<Void> p = Promise.promise();
            running.put(name, p);
            return p.future();
        }, lane);
        submit.accept("page", Limiter.Lane.ORDINARY);
        for (String b : List.of("b1", "b2", "b3", "b4", "b5")) {
            submit.accept(b, Limiter.Lane.BACKGROUND);
        }
        assertEquals(List.of("page", "b1"), started, "one background slot while the page is in flight");
        submit.accept("next", Limiter.Lane.URGENT);
        assertEquals(List.of("page", "b1", "next"), started, "a free slot is the foreground's");
        running.get("page").complete();
        running.get("b1").complete();
        assertEquals(List.of("page", "b1", "next", "b2"), started, "still one while the next page is in flight");
        running.get("next").complete();
        assertEquals(List.of("page", "b1", "next", "b2", "b3", "b4", "b5"), started,
                "the foreground done, background fills the slots");
        submit.accept("info", Limiter.Lane.ORDINARY);
        assertEquals(List.of("page", "b1", "next", "b2", "b3", "b4", "b5"), started, "every slot is taken");
        running.get("b2").complete();
        assertEquals("info", started.get(started.size() - 1), "the first slot freed goes to the foreground");
        assertEquals(4, limiter.peak());
    }
}
