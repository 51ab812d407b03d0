package dev.lsorg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.model.Json;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference for a whole-org load: the same requests (each page once, every live workspace's members and keys)
 * sent 32 at a time with a bare HTTP client that reads the bytes and decodes nothing. Its time is what the server
 * and the connection need, a floor for lsorg's load on the same machine in the same run.
 */
final class RawFetch {
    private static final int POOL = 32;

    private RawFetch() {
    }

    /** Time, requests and bytes of one raw fetch. */
    record Result(double seconds, int requests, long bytes) {
    }

    static Result fetch(Emulator emulator, int members, int invites) throws Exception {
        Vertx vertx = Vertx.vertx();
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(POOL));
        try {
            List<RequestOptions> requests = requests(emulator, http, members, invites);
            AtomicLong bytes = new AtomicLong();
            Semaphore slots = new Semaphore(POOL);
            long t0 = System.nanoTime();
            List<Future<Buffer>> answers = new ArrayList<>();
            for (RequestOptions r : requests) {
                slots.acquire();
                answers.add(http.request(r).compose(req -> req.send().compose(res -> res.body()))
                        .onComplete(ar -> slots.release()).onSuccess(b -> bytes.addAndGet(b.length())));
            }
            Future.all(answers).toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
            return new Result((System.nanoTime() - t0) / 1e9, requests.size() + 1, bytes.get());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
        }
    }

    private static List<RequestOptions> requests(Emulator e, HttpClient http, int members, int invites)
            throws Exception {
        List<RequestOptions> out = new ArrayList<>();
        for (String path : List.of("/orgs/current/info", "/orgs/current/roles", "/orgs/current/service-keys",
                "/orgs/current/members/personal-access-tokens")) {
            out.add(get(e, path, null));
        }
        // a paged list ends at its first short page
        for (int offset = 0; offset <= members; offset += 500) {
            out.add(get(e, "/orgs/current/members/active?limit=500&offset=" + offset, null));
        }
        for (int offset = 0; offset <= invites; offset += 500) {
            out.add(get(e, "/orgs/current/members/pending?limit=500&offset=" + offset, null));
        }
        Buffer list = http.request(get(e, "/workspaces?include_deleted=true", null))
                .compose(req -> req.send().compose(res -> res.body())).toCompletionStage().toCompletableFuture()
                .get(1, TimeUnit.MINUTES);
        for (JsonNode w : Json.mapper().readTree(list.getBytes())) {
            if (!w.path("is_deleted").asBoolean()) {
                out.add(get(e, "/workspaces/current/members", w.get("id").asText()));
                out.add(get(e, "/api-key", w.get("id").asText()));
            }
        }
        return out;
    }

    private static RequestOptions get(Emulator e, String path, String tenant) {
        RequestOptions r = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(e.endpoint() + "/api/v1"
                + path).putHeader("X-API-Key", e.keys().orgAdminKey()).putHeader("X-Organization-Id",
                e.organizationId().toString());
        return tenant == null ? r : r.putHeader("X-Tenant-Id", tenant);
    }
}
