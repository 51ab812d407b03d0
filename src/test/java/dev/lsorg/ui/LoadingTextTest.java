package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.TenantForUser;
import io.vertx.core.Promise;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty table says why it is empty: still loading (count unknown, not 0), the first load failed (with the
 * error), or loaded with nothing in it. Answers are held back by the fixture reader to see each stage.
 */
class LoadingTextTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Promise<List<TenantForUser>> workspacesAnswer(FixtureReader reader) {
        return (Promise<List<TenantForUser>>) reader.held.get(reader.calls.indexOf("workspaces"));
    }

    // Answers every held call but the workspace list with the fixtures.
    @SuppressWarnings("unchecked")
    private static void releaseAllButWorkspaces(FixtureReader reader) {
        for (int i = 0; i < reader.held.size(); i++) {
            Promise<Object> p = (Promise<Object>) reader.held.get(i);
            switch (reader.calls.get(i)) {
                case "info" -> p.complete(Fixtures.info());
                case "roles" -> p.complete(Fixtures.roles());
                case "members" -> p.complete(Fixtures.members());
                case "keys" -> p.complete(Fixtures.keys());
                default -> { }
            }
        }
    }

    @Test
    void theFirstLoadSaysLoadingNotNothingHere() throws Exception {
        FixtureReader reader = new FixtureReader();
        reader.hold = true;
        try (ScreenHarness h = new ScreenHarness(reader, 80, 24, "dark", false, dir)) {
            h.pump();
            assertEquals(" Workspaces (…)", h.title(), "before the first tick: unknown, not 0");
            assertEquals(" Loading workspaces…", h.line(4));
            h.tick(Fixtures.NOW);
            assertTrue(h.title().startsWith(" Workspaces (…)  "), h.title());
            assertEquals(" Loading workspaces…", h.line(4));
            for (String pane : List.of("2", "3", "4", "5", "6")) {
                h.type(pane);
                assertTrue(h.line(4).startsWith(" Loading "), "pane " + pane + ": " + h.line(4));
                assertFalse(h.text().contains("Nothing here"), h.text());
            }
            h.type("4");
            assertEquals(" Loading API keys…", h.line(4));
        }
    }

    @Test
    void aFailedFirstLoadShowsTheErrorInstead() throws Exception {
        FixtureReader reader = new FixtureReader();
        reader.hold = true;
        try (ScreenHarness h = new ScreenHarness(reader, 80, 24, "dark", false, dir)) {
            h.tick(Fixtures.NOW);
            workspacesAnswer(reader).fail(new RuntimeException("connection refused"));
            h.pump();
            assertTrue(h.title().startsWith(" Workspaces (?)  ! connection refused"), h.title());
            assertEquals(" Could not load workspaces: connection refused (r retries)", h.line(4));
            h.type("3");
            assertEquals(" Could not load workspace members: connection refused (r retries)", h.line(4),
                    "the member list waits on the workspaces, so it shares their failure");
        }
    }

    @Test
    void nothingHereOnlyAfterASuccessfulEmptyLoad() throws Exception {
        FixtureReader reader = new FixtureReader();
        reader.hold = true;
        try (ScreenHarness h = new ScreenHarness(reader, 80, 24, "dark", false, dir)) {
            h.tick(Fixtures.NOW);
            workspacesAnswer(reader).complete(List.of());
            releaseAllButWorkspaces(reader);
            h.pump();
            assertTrue(h.title().startsWith(" Workspaces (0)"), h.title());
            assertEquals(" Nothing here.", h.line(4));
            h.type("3");
            assertEquals(" No workspace selected: press w to pick one.", h.line(4));
        }
    }

    /** Issue 14, item 11: a filter typed while the first load runs does not claim that no row matches. */
    @Test
    void filteringWhileAPaneLoadsStillSaysLoading() throws Exception {
        FixtureReader reader = new FixtureReader();
        reader.hold = true;
        try (ScreenHarness h = new ScreenHarness(reader, 80, 24, "dark", false, dir)) {
            h.tick(Fixtures.NOW);
            h.type("/prod");
            assertEquals(" Loading workspaces…", h.line(4));
        }
    }
}
