package dev.lsorg.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.Action;
import dev.lsorg.app.Connection;
import dev.lsorg.app.Effect;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Resource;
import dev.lsorg.app.Verb;
import dev.lsorg.ui.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code :} line at handle level: it completes the shell's change verbs and their arguments, and switches org. */
class CommandLineTest {
    @TempDir
    Path dir;

    private static String line(ConsoleFixture c) {
        return ((Overlay.CommandLine) c.state.overlay()).text();
    }

    private static String hint(ConsoleFixture c) {
        return ((Overlay.CommandLine) c.state.overlay()).hint();
    }

    @Test
    void aChangeVerbAndItsArgumentsCompleteAsInTheShell() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.COMMAND_LINE).type("ro").press(Verb.COMPLETE);
        assertEquals("role ", line(c));
        c.type("bo").press(Verb.COMPLETE);
        assertEquals("role bob@acme.test ", line(c));
        c.type("org").press(Verb.COMPLETE);
        assertEquals("role bob@acme.test \"Organization ", line(c), "two org roles share the start");
        assertTrue(hint(c).contains("Organization Admin") && hint(c).contains("Organization User"), hint(c));
        c.type("A").press(Verb.COMPLETE);
        assertEquals("role bob@acme.test \"Organization Admin\" ", line(c));
        c.press(Verb.SUBMIT);
        assertTrue(c.state.overlay() instanceof Overlay.Change, "the completed line opens its confirmation");
    }

    @Test
    void flagsTakeWorkspaceNamesAndAnUnknownWordSaysSo() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.COMMAND_LINE).type("add bob@acme.test -w Pro")
                .press(Verb.COMPLETE);
        assertEquals("add bob@acme.test -w Production ", line(c));
        c.type("--role zz").press(Verb.COMPLETE);
        assertEquals("no completion for 'zz'", hint(c));
    }

    @Test
    void inReadOnlyModeNoChangeVerbIsOffered() {
        ConsoleFixture c = new ConsoleFixture(true, dir).press(Verb.COMMAND_LINE).type("ro").press(Verb.COMPLETE);
        assertEquals("no completion for 'ro'", hint(c));
    }

    @Test
    void profileOpensAnotherOrgAndTheConsoleLoadsItInPlace() {
        ConsoleFixture c = new ConsoleFixture(false, dir, List.of("prod", "staging"));
        c.press(Verb.COMMAND_LINE).type("profile nope").press(Verb.SUBMIT);
        assertEquals("No profile 'nope' (prod, staging)", c.state.status().text());
        c.press(Verb.COMMAND_LINE).type("ctx st").press(Verb.COMPLETE);
        assertEquals("ctx staging", line(c));
        c.press(Verb.SUBMIT);
        assertEquals("staging", c.effects(Effect.SwitchProfile.class).get(0).name());
        int fetches = c.effects(Effect.Fetch.class).size();
        Connection staging = new Connection("https://staging.example", "lsv2_sk_…aaaa", null, true, false);
        c.apply(new Action.ProfileSwitched("staging", staging, null, null, Fixtures.NOW));
        assertEquals(staging, c.state.connection());
        assertEquals(null, c.state.data().workspaces(), "nothing of the old org is kept");
        assertTrue(c.state.load(Resource.WORKSPACES).loading(), "the new org loads at once");
        assertTrue(c.effects(Effect.Fetch.class).size() > fetches);
        assertEquals("Profile staging: https://staging.example (read-only)", c.state.status().text());
    }
}
