package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.model.OrganizationMembers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enter on a workspace-member finding, on a fixture org where a workspace admin has left the org. */
class AuditJumpFixtureTest {
    @TempDir
    Path dir;

    @Test
    void enterOnAWorkspaceMemberFindingSelectsItsWorkspaceAndRow() throws Exception {
        FixtureReader reader = new FixtureReader();
        OrganizationMembers all = Fixtures.members();
        // Alice is Admin of both workspaces but no longer an org member.
        reader.membersAnswer = new OrganizationMembers(all.organizationId(),
                all.members().stream().filter(m -> !m.email().startsWith("alice")).toList(), all.pending());
        try (ScreenHarness h = new ScreenHarness(reader, 80, 24, "dark", false, dir).start()) {
            assertEquals(Fixtures.WS_PROD, h.app.store().state().workspace());
            h.type("8");
            h.waitFor(" Audit 4 high");
            h.type("/of workspace development");
            h.press(KeyType.Enter);
            assertTrue(h.line(4).matches("high +members.workspace-adm\\S* +alice@acme.test +Admin of workspace.*"),
                    h.text());
            h.press(KeyType.Enter);
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "workspace members of Development");
            AppState s = h.app.store().state();
            assertEquals(PaneId.WS_MEMBERS, s.pane());
            assertEquals(Fixtures.WS_DEV, s.workspace());
            assertEquals(" Audit › Development › Members (2)", h.title(), "where Enter led; Esc goes back");
            assertEquals(Fixtures.workspaceMembers(Fixtures.WS_DEV).members().get(0).id().toString(),
                    s.paneState(PaneId.WS_MEMBERS).selectedId());
            assertTrue(h.line(4).matches("alice@acme.test +Alice Admin +Admin .*"), h.text());
        }
    }
}
