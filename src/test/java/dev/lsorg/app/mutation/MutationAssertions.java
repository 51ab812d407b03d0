package dev.lsorg.app.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.api.ApiRequest;
import dev.lsorg.api.Scope;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
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

    /** Runs {@code m} against the emulator and asserts it succeeded. */
    static Outcome runOk(DemoOrg org, Mutation m, Path journal) {
        Outcome o = DemoOrg.await(org.runner(journal, false).run(m));
        assertEquals(Outcome.Status.OK, o.status(), o::message);
        return o;
    }
}
