package dev.lsorg.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lsorg.app.Action;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.Effect;
import dev.lsorg.app.Resource;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.Outcome;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.ui.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 9 at handle level: after a change the selection lands on what it created or changed. */
class LandingTest {
    @TempDir
    Path dir;

    @Test
    void aCreatedWorkspaceIsSelectedOnceTheListHasReloaded() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.NEW).type("Lab").press(Verb.SUBMIT);
        c.type("y");
        ChangeDialog.Confirm confirm = c.effects(Effect.RunMutation.class).get(0).confirm();
        c.apply(new Action.ChangeFinished(confirm, new Outcome(confirm.mutation(), Outcome.Status.DONE,
                "Done: Create workspace Lab", List.of(), 1, null, Duration.ZERO), Fixtures.NOW));
        assertEquals("Production", c.selectedCell(0), "not before the list has reloaded");
        List<TenantForUser> withLab = new ArrayList<>(Fixtures.workspaces());
        TenantForUser lab = new TenantForUser(Fixtures.uuid(99), Fixtures.ORG, Fixtures.NOW, "Lab", false, false,
                null, null, false, Fixtures.ROLE_WS_ADMIN, "WORKSPACE_ADMIN", List.of());
        withLab.add(lab);
        c.apply(new Action.ResourceLoaded(Resource.WORKSPACES, c.state.load(Resource.WORKSPACES).seq(), withLab,
                Fixtures.NOW));
        for (Resource r : Resource.values()) {
            if (c.state.load(r).loading()) {
                c.apply(new Action.LoadFailed(r, c.state.load(r).seq(), "not in this test", false, Fixtures.NOW));
            }
        }
        assertEquals("Lab", c.selectedCell(0), "the cursor is on the new workspace");
        assertNull(c.state.landing());
    }
}
