package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.lsorg.app.Action;
import dev.lsorg.model.TenantMembers;
import io.vertx.core.Promise;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-screen tests that need control over answers and their timing (fixture reader, never in the product). */
class FixtureConsoleTest {
    @TempDir
    Path dir;

    @Test
    void aLateResponseIsDiscarded() throws Exception {
        FixtureReader reader = new FixtureReader();
        try (ScreenHarness h = new ScreenHarness(reader, 80, 24, "dark", false, dir).start()) {
            h.type("3");
            assertEquals(" Workspace members in Production (2)", h.title());
            reader.hold = true;
            h.type("r");
            @SuppressWarnings("unchecked")
            Promise<TenantMembers> slowProd = (Promise<TenantMembers>) reader.held.get(0);
            h.app.store().dispatch(new Action.WorkspaceSelected(Fixtures.WS_DEV, Fixtures.NOW));
            @SuppressWarnings("unchecked")
            Promise<TenantMembers> dev = (Promise<TenantMembers>) reader.held.get(1);
            dev.complete(Fixtures.workspaceMembers(Fixtures.WS_DEV));
            h.pump();
            assertEquals(" Workspace members in Development (2)", h.title());
            assertTrue(h.line(5).startsWith("bob@acme.test"), h.text());
            slowProd.complete(new TenantMembers(Fixtures.WS_PROD, java.util.List.of(), java.util.List.of()));
            h.pump();
            assertEquals(" Workspace members in Development (2)", h.title());
            assertTrue(h.line(5).startsWith("bob@acme.test"), h.text());
        }
    }

    @Test
    void aRefreshWhileOneRunsIsDropped() throws Exception {
        FixtureReader reader = new FixtureReader();
        try (ScreenHarness h = new ScreenHarness(reader, 80, 24, "dark", false, dir).start()) {
            h.type("5");
            reader.hold = true;
            int before = reader.calls.size();
            h.type("r");
            h.type("r");
            assertEquals(before + 1, reader.calls.size());
            assertEquals(" Already loading", h.line(22));
            assertTrue(h.title().startsWith(" Roles (4)  "), "pane shows its own loading state: " + h.title());
        }
    }

    @Test
    void anEscapeSequenceInANameIsShownNotObeyed() throws Exception {
        try (ScreenHarness h = new ScreenHarness(new FixtureReader(), 120, 24, "dark", false, dir).start()) {
            h.type("2");
            assertTrue(h.line(6).matches("disabled +carol@acme.test +Carol\\^\\[\\[2JEvil.*"), h.text());
            assertEquals(" Members (4)", h.title(), "the rest of the screen is intact");
            for (int c = 0; c < 120; c++) {
                assertFalse(h.cell(c, 6).getCharacterString().contains("\u001b"));
            }
        }
    }

    @Test
    void noColorGivesMonochromeWithReverseSelection() throws Exception {
        ConsolePaths paths = new ConsolePaths(dir.resolve("cfg"), dir.resolve("state"));
        ConsoleSettings s = SettingsResolver.resolve(null, false, false,
                Map.of("NO_COLOR", "1", "TERM", "xterm-256color", "COLORTERM", "truecolor"), paths);
        assertEquals("mono", s.theme().name());
        assertEquals("mono", SettingsResolver.themeName("light", true, Map.of()));
        try (ScreenHarness h = new ScreenHarness(new FixtureReader(), 80, 24, "mono", false, dir).start()) {
            for (int r = 0; r < 24; r++) {
                for (int c = 0; c < 80; c++) {
                    TextCharacter ch = h.cell(c, r);
                    assertEquals(TextColor.ANSI.DEFAULT, ch.getForegroundColor(), "fg at " + c + "," + r);
                    assertEquals(TextColor.ANSI.DEFAULT, ch.getBackgroundColor(), "bg at " + c + "," + r);
                }
            }
            assertTrue(h.cell(0, 4).getModifiers().contains(SGR.REVERSE), "selected row in reverse video");
            assertFalse(h.cell(0, 5).getModifiers().contains(SGR.REVERSE));
        }
    }

    @Test
    void readOnlyShowsTheBadge() throws Exception {
        try (ScreenHarness h = new ScreenHarness(new FixtureReader(), 80, 24, "dark", true, dir).start()) {
            assertTrue(h.line(0).matches(" lsorg Acme Labs .* READ-ONLY refreshed \\d+s ago"), h.line(0));
        }
    }

    @Test
    void aThemeSwitchesLiveAndABadOneIsReported() throws Exception {
        try (ScreenHarness h = new ScreenHarness(new FixtureReader(), 80, 24, "dark", false, dir).start()) {
            TextColor darkBg = h.cell(0, 10).getBackgroundColor();
            h.type(":theme light");
            h.press(com.googlecode.lanterna.input.KeyType.Enter);
            h.waitFor(" Theme: light");
            assertFalse(darkBg.equals(h.cell(0, 10).getBackgroundColor()));
            java.nio.file.Files.writeString(dir.resolve("bad.theme"), "row = pink on black\n");
            h.type(":theme " + dir.resolve("bad.theme"));
            h.press(com.googlecode.lanterna.input.KeyType.Enter);
            h.waitFor("slot 'row': unknown colour");
        }
    }

    @Test
    void aKeyFileGivenAsAThemeIsNeverShown() throws Exception {
        String key = "lsv2_sk_0123456789abcdef0123456789abcdef_9f2c";
        java.nio.file.Path file = dir.resolve("k");
        java.nio.file.Files.writeString(file, key + "\n");
        try (ScreenHarness h = new ScreenHarness(new FixtureReader(), 120, 24, "dark", false, dir).start()) {
            h.type(":theme " + file);
            h.press(com.googlecode.lanterna.input.KeyType.Enter);
            h.waitFor(file + ":1: expected 'slot = FG on BG'");
            assertFalse(h.text().contains("lsv2_sk_0"), h.text());
        }
    }
}
