package dev.lsorg.bench;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.api.MemberQuery;
import dev.lsorg.api.RequestEvent;
import dev.lsorg.app.mutation.Check;
import dev.lsorg.app.mutation.Evidence;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.model.Json;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.TenantForUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What it costs to check a change of people by reading the org again (as a lost answer or a change left without an
 * outcome by an earlier run is checked): for each member-related {@link Check}, the requests it sends and the bytes
 * that come back, on the large seed. Checks are built as the journal stores them. Bytes are those of the same
 * requests fetched again raw. Run: {@code java -cp target/lsorg.jar dev.lsorg.bench.CheckCostBenchmark [members
 * [workspaces [keys]]]} (default 50,000, 1,000, 10,000).
 */
public final class CheckCostBenchmark {
    private static final Clock CLOCK = Clock.systemUTC();

    private CheckCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int workspaces = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        try (Emulator emulator = Emulator.startBlocking(EmulatorOptions.large(members, workspaces, keys, CLOCK));
             LangSmithClient client = LangSmithClient.create(ClientConfig.of(emulator.endpoint(),
                     Secret.of(emulator.keys().orgAdminKey())).withOrganizationId(emulator.organizationId()), CLOCK)) {
            System.out.printf("reading the org to check one change of one person, large seed: %,d members, %,d"
                    + " workspaces, %,d keys; %s%n", members, workspaces, keys, Machine.describe());
            System.out.printf("  %-24s %9s %12s %9s  %s%n", "check", "requests", "bytes", "ms", "evidence");
            for (Map.Entry<String, String> c : checks(client).entrySet()) {
                measure(emulator, client, c.getKey(), Json.mapper().readValue(c.getValue(), Check.class));
            }
        }
        System.exit(0);
    }

    // One of each member-related check, about people the seed has, in the journal's JSON.
    private static Map<String, String> checks(LangSmithClient client) throws Exception {
        OrgMemberIdentity m = await(client.orgMembers().activePage(MemberQuery.all(), 0, 1)).get(0);
        OrgPendingIdentity p = await(client.orgMembers().pendingPage(MemberQuery.all(), 0, 1)).get(0);
        TenantForUser ws = await(client.workspaces().list(false)).get(0);
        MemberIdentity wm = await(client.workspaceMembers().activePage(ws.id(), MemberQuery.all(), 0, 1)).get(0);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("invited", "{\"check\":\"invited\",\"emails\":[\"" + p.email() + "\"]}");
        out.put("org_role", "{\"check\":\"org_role\",\"email\":\"" + m.email() + "\",\"roleId\":\"" + m.roleId()
                + "\",\"roleName\":\"x\"}");
        out.put("member_gone", "{\"check\":\"member_gone\",\"email\":\"" + m.email() + "\"}");
        out.put("invite_role", "{\"check\":\"invite_role\",\"email\":\"" + p.email() + "\",\"roleId\":\""
                + p.roleId() + "\",\"roleName\":\"x\"}");
        out.put("invite_gone", "{\"check\":\"invite_gone\",\"email\":\"" + p.email() + "\"}");
        out.put("invite_workspace_role", "{\"check\":\"invite_workspace_role\",\"email\":\"" + p.email()
                + "\",\"workspaceId\":\"" + ws.id() + "\",\"roleId\":\"" + p.roleId() + "\",\"roleName\":\"x\"}");
        out.put("workspace_member_added", "{\"check\":\"workspace_member_added\",\"workspaceId\":\"" + ws.id()
                + "\",\"email\":\"" + wm.email() + "\",\"workspaceName\":\"w\"}");
        out.put("workspace_role", "{\"check\":\"workspace_role\",\"workspaceId\":\"" + ws.id() + "\",\"email\":\""
                + wm.email() + "\",\"roleId\":\"" + wm.roleId() + "\",\"roleName\":\"x\"}");
        out.put("workspace_member_gone", "{\"check\":\"workspace_member_gone\",\"workspaceId\":\"" + ws.id()
                + "\",\"email\":\"" + wm.email() + "\",\"workspaceName\":\"w\"}");
        return out;
    }

    private static void measure(Emulator emulator, LangSmithClient client, String name, Check check)
            throws Exception {
        List<RequestEvent> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        dev.lsorg.api.RequestListener listener = sent::add;
        client.addRequestListener(listener);
        long t0 = System.nanoTime();
        Evidence e = await(check.read(client));
        double ms = (System.nanoTime() - t0) / 1e6;
        client.removeRequestListener(listener);
        System.out.printf("  %-24s %9d %,12d %9.1f  %s%n", name, sent.size(), bytes(emulator, sent), ms,
                e.words());
    }

    // The bodies of the same requests, fetched again with a bare client that decodes nothing.
    private static long bytes(Emulator emulator, List<RequestEvent> sent) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpClient http = vertx.createHttpClient();
            long total = 0;
            for (RequestEvent r : sent) {
                RequestOptions o = new RequestOptions().setMethod(HttpMethod.valueOf(r.method()))
                        .setAbsoluteURI(emulator.endpoint() + r.path())
                        .putHeader("X-API-Key", emulator.keys().orgAdminKey())
                        .putHeader("X-Organization-Id", emulator.organizationId().toString());
                if (r.tenant() != null) {
                    o.putHeader("X-Tenant-Id", r.tenant().toString());
                }
                total += await(http.request(o).compose(req -> req.send().compose(res -> res.body())))
                        .length();
            }
            return total;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
        }
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
    }
}
