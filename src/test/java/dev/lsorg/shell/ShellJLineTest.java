package dev.lsorg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.testing.FreshDemoOrgTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/** The interactive shell through JLine on piped streams and a dumb terminal (as with {@code TERM=dumb}). */
class ShellJLineTest extends FreshDemoOrgTest {

    @Test
    void tabCompletesCommandsAndWordsAndChangesAreConfirmedOrCancelled() throws Exception {
        String typed = "ls work\t\n"                       // completes to 'ls workspaces'
                + "set invi\t off\nn\n"                    // completes 'invites'; N cancels
                + "set pat-creation off\ny\n"              // y sends
                + "delete workspace Sandbox\nsandbox\n"    // wrong case: cancelled
                + "exit\n";
        String screen = interactive(false, false, typed);
        assertTrue(screen.contains("Data Platform"), screen);
        assertTrue(screen.contains("Disable inviting people to the org in org Acme Robotics"), screen);
        assertTrue(screen.contains("Cancelled; nothing was sent."), screen);
        assertTrue(screen.contains("Done: Disable creating personal access tokens"), screen);
        assertTrue(screen.contains("'sandbox' does not match 'Sandbox'."), screen);
        assertEquals(List.of("PATCH"), demo.changes().stream().map(e -> e.method()).toList());
        assertTrue(demo.load().info().invitesEnabled());
        assertTrue(Files.readString(dir.resolve("history")).contains("set pat-creation off"));
    }

    @Test
    void aCustomRoleIsCreatedEditedAndDeletedWithItsPermissionsCompleted() throws Exception {
        String typed = "create role Reviewer --description 'reads runs' --permission runs:r\t\ny\n"
                + "edit role Rev\t --add datasets:r\t --drop runs:read\ny\n"
                + "show Reviewer\n"
                + "delete role Annotator\nAnnotator\n"
                + "delete role Reviewer\nReviewer\n"
                + "ls roles\n"
                + "exit\n";
        String screen = interactive(false, false, typed);
        assertTrue(screen.contains("Create custom role Reviewer with 1 permission"), screen);
        assertTrue(screen.contains("Effective access: in each workspace where it is given, runs:read; nothing more"),
                screen);
        assertTrue(screen.contains("Edit custom role Reviewer: add datasets:read; remove runs:read"), screen);
        assertTrue(screen.contains("permissions:    datasets:read"), screen);
        assertTrue(screen.contains("Refused: Conflict with the current state of the org: Role 'Annotator' is in use by"
                + " 2 workspace members and cannot be deleted"), screen);
        assertTrue(screen.contains("Done: Delete custom role Reviewer (1 permission)"), screen);
        assertTrue(screen.matches("(?s).*\nCUSTOM +Annotator +workspace +custom +5 +Reviews runs.*"), screen);
        assertFalse(demo.load().roles().stream().anyMatch(r -> r.displayName().equals("Reviewer")));
        assertEquals(List.of("POST", "PATCH", "DELETE", "DELETE"), demo.changes().stream().map(e -> e.method())
                .toList());
        assertEquals(409, demo.changes().get(2).status());
    }

    @Test
    void theHistoryIsPrivateAndHoldsNoEscapeSequences() throws Exception {
        Path history = dir.resolve("state/lsorg/shell_history");
        // A pasted line carrying a title change, a clipboard write and a screen clear.
        String pasted = "ls roles \u001b]0;pwned\u0007\u001b]52;c;ZWNobyBoaQ==\u0007\u001b[2J\u009b";
        ShellSession session = new ShellSession(demo.client, new Journal(dir.resolve("journal.jsonl")), "test",
                new ShellSession.Modes(true, false, false), demo.clock);
        session.reload();
        try (Terminal terminal = ShellTerminal.streams(new ByteArrayInputStream((pasted + "\nexit\n")
                .getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), true)) {
            LineReader reader = ShellTerminal.reader(terminal, session, history);
            new Shell(session).runInteractive(reader);
            reader.getHistory().save();
        }
        String saved = Files.readString(history, StandardCharsets.UTF_8);
        // (the line editor itself drops the BEL bytes)
        assertTrue(saved.contains("ls roles ^[]0;pwned^[]52;c;ZWNobyBoaQ==^[[2J<9B>"), saved);
        assertTrue(saved.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), saved);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history.getParent())));
    }

    @Test
    void onADumbTerminalReadOnlyShowsTheBadgeAndRefusesChanges() throws Exception {
        String screen = interactive(true, true, "unshare-all\nls roles\nexit\n");
        assertTrue(screen.contains("lsorg [read-only]> "), screen);
        assertTrue(screen.contains("refused: mode: read-only mode"), screen);
        assertTrue(screen.contains("Organization Viewer"), screen);
        assertTrue(demo.changes().isEmpty());
    }

    /** Issue 14, item 11: tables fit the width JLine reports for the terminal instead of wrapping mid-cell. */
    @Test
    void tablesFitTheTerminalsWidth() throws Exception {
        List<String> narrow = keyRows(interactive(true, true, "ls keys\nexit\n", 72));
        assertFalse(narrow.isEmpty());
        narrow.forEach(l -> assertTrue(l.length() <= 72, l.length() + " columns: " + l));
        assertTrue(narrow.stream().anyMatch(l -> l.startsWith("cross-wo") && l.contains("…")), narrow.toString());
        List<String> wide = keyRows(interactive(true, true, "ls keys\nexit\n", 160));
        assertTrue(wide.stream().anyMatch(l -> l.matches("cross-workspace monitor +lsv2_sk_\\S+ +workspace +Viewer"
                + " +Production, Staging +.*")), wide.toString());
        wide.forEach(l -> assertFalse(l.contains("…"), "nothing is cut when the terminal has room: " + l));
    }

    private static List<String> keyRows(String screen) {
        return screen.lines().filter(l -> l.contains("lsv2_")).toList();
    }

    @Test
    void completionOffersFlagsEmailsWorkspacesAndRolesFromTheLoadedOrg() {
        OrgIndex index = new OrgIndex(demo.load());
        ShellCompleter c = new ShellCompleter(() -> index, false);
        assertTrue(c.candidatesFor(List.of("inv"), 0).contains("invite"));
        assertEquals(List.of("workspaces", "members", "pending", "keys", "roles"), c.candidatesFor(List.of("ls", ""), 1));
        assertTrue(c.candidatesFor(List.of("invite", "a@x.com", "-w", ""), 3).contains("Support Bots"));
        assertTrue(c.candidatesFor(List.of("invite", "a@x.com", "--workspace-role", ""), 3).contains("Annotator"));
        assertTrue(c.candidatesFor(List.of("invite", "a@x.com", "--"), 2).contains("--workspace-role"));
        assertTrue(c.candidatesFor(List.of("remove", ""), 1).contains(index.org().members().members().get(0).email()));
        assertTrue(c.candidatesFor(List.of("revoke", ""), 1).containsAll(List.of("staging ci", "auditor@acme-robotics.com")));
        assertEquals(List.of("on", "off"), c.candidatesFor(List.of("set", "invites", ""), 2));
        assertEquals(index.rolePermissions(), c.candidatesFor(List.of("create", "role", "R", "--permission", ""), 4));
        assertTrue(c.candidatesFor(List.of("create", ""), 1).contains("role"));
        assertEquals(List.of("Annotator"), c.candidatesFor(List.of("edit", "role", ""), 2));
        assertEquals(List.of("Annotator"), c.candidatesFor(List.of("delete", "role", ""), 2));
        assertTrue(c.candidatesFor(List.of("edit", "role", "Annotator", "--drop", ""), 4).contains("runs:read"));
        assertTrue(c.candidatesFor(List.of("show", ""), 1).contains("Annotator"));
        ShellCompleter readOnly = new ShellCompleter(() -> index, true);
        assertFalse(readOnly.candidatesFor(List.of(""), 0).contains("invite"));
        assertTrue(readOnly.candidatesFor(List.of(""), 0).contains("ls"));
        assertEquals(List.of(), readOnly.candidatesFor(List.of("invite", ""), 1));
    }

    private String interactive(boolean readOnly, boolean dumb, String typed) throws Exception {
        return interactive(readOnly, dumb, typed, 160);
    }

    private String interactive(boolean readOnly, boolean dumb, String typed, int width) throws Exception {
        ShellSession session = new ShellSession(demo.client, new Journal(dir.resolve("journal.jsonl")), "test",
                new ShellSession.Modes(readOnly, false, false), demo.clock);
        session.reload();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = ShellTerminal.streams(
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, dumb)) {
            assertEquals(dumb ? Terminal.TYPE_DUMB : "ansi", terminal.getType());
            terminal.setSize(new Size(width, 50));
            LineReader reader = ShellTerminal.reader(terminal, session, dir.resolve("history"));
            new Shell(session).runInteractive(reader);
            reader.getHistory().save();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }
}
