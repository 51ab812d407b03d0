package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API keys pane's title says when the key cannot see other members' personal access tokens. */
class KeysPaneTitleTest {
    @TempDir
    Path dir;

    @Test
    void everyMembersTokensAreListedWhenTheServerHasTheOrgWideList() throws Exception {
        try (DemoOrg org = DemoOrg.start(); ScreenHarness h = ScreenHarness.console(org, 80, 24, "dark", dir)) {
            h.type("4");
            assertEquals(" API keys (27)", h.title());
        }
    }

    @Test
    void theTitleSaysSoWhenOnlyTheKeysOwnTokensAreListed() throws Exception {
        try (DemoOrg org = DemoOrg.start()) {
            org.emulator.server().orgPatList(false);
            try (ScreenHarness h = ScreenHarness.console(org, 80, 24, "dark", dir)) {
                h.type("4");
                assertEquals(" API keys (other members' PATs not visible) (22)", h.title());
            }
        }
    }
}
