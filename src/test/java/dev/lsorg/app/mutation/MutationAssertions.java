package dev.lsorg.app.mutation;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.api.ApiRequest;
import dev.lsorg.api.Scope;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.Json;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Shared checks for mutation tests: the exact request, and running a mutation for real. */
final class MutationAssertions {
    private MutationAssertions() {
    }

    /** The proposal is ready; returns its mutation. */
    static Mutation ready(Proposal p) {
        assertTrue(p.ready(), () -> "refused: " + p.problems());
        return p.mutation();
    }

    /** The answer a person gives who confirms {@code m}: its text typed when destructive, else "y". */
    static Confirmation confirmed(Mutation m) {
        return m.destructive() ? new Confirmation(m, m.confirmText()) : Confirmation.yes(m);
    }

    /** The proposal was refused with exactly these problems. */
    static void refused(Proposal p, Problem... problems) {
        assertEquals(java.util.List.of(problems), p.problems());
    }

    /** {@code request} is {@code operation} in {@code workspace}'s scope (null: org scope) with this JSON body. */
    static void request(ApiRequest<?> request, String operation, UUID workspace, String bodyJson) {
        assertEquals(operation, request.operation());
        assertEquals(workspace == null ? Scope.org() : Scope.workspace(workspace), request.scope());
        assertEquals(bodyJson, request.bodyJson());
        String tenant = request.preview().headers().get("X-Tenant-Id");
        assertEquals(workspace == null ? null : workspace.toString(), tenant);
        assertTrue(request.preview().headers().get("X-API-Key").endsWith("(masked)"));
    }

    /**
     * Runs {@code m} against the emulator, asserts it succeeded and that the emulator received exactly the
     * previewed requests: method, path, workspace header and JSON body.
     */
    static Outcome runOk(DemoOrg org, Mutation m, Path journal) {
        int before = org.changes().size();
        Outcome o = await(org.runner(journal, false).run(confirmed(m)));
        assertEquals(Outcome.Status.DONE, o.status(), o::message);
        List<RequestLog.Entry> received = org.changes().subList(before, org.changes().size());
        assertEquals(m.requests().size(), received.size());
        for (int i = 0; i < received.size(); i++) {
            sameAsPreviewed(m.requests().get(i), received.get(i));
        }
        return o;
    }

    private static void sameAsPreviewed(ApiRequest<?> sent, RequestLog.Entry got) {
        assertEquals(sent.method(), got.method());
        assertEquals(sent.pathAndQuery(), got.path() + (got.query() == null || got.query().isEmpty() ? "" : "?" + got.query()));
        assertEquals(sent.preview().headers().get("X-Tenant-Id"), got.headers().get("x-tenant-id"));
        try {
            assertEquals(sent.bodyJson() == null ? null : Json.mapper().readTree(sent.bodyJson()),
                    got.body() == null || got.body().isEmpty() ? null : Json.mapper().readTree(got.body()));
        } catch (java.io.IOException e) {
            throw new AssertionError("unreadable body " + got.body(), e);
        }
    }
}
