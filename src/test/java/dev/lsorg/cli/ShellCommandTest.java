package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.mutation.Journal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lsorg --demo shell} end to end through picocli: {@code -c}, commands on stdin, exit codes, modes. */
class ShellCommandTest {
    @TempDir
    Path dir;
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();

    @Test
    void oneCommandWithDashC() {
        assertEquals(0, lsorg("", "--demo", "shell", "-c", "ls workspaces --format csv"));
        assertTrue(out.toString().startsWith("name,id,handle,members\r\nProduction,"), out.toString());
    }

    /** Issue 14, item 11: with no terminal to ask (a pipe, here), tables fit 80 columns; CSV keeps whole values. */
    @Test
    void withoutATerminalTablesFitEightyColumns() {
        assertEquals(0, lsorg("", "--demo", "shell", "-c", "ls keys"));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("DESCRIPTION"), lines.get(0));
        assertTrue(lines.size() > 5, out.toString());
        lines.forEach(l -> assertTrue(l.length() <= 80, l.length() + " columns: " + l));
        assertTrue(lines.stream().anyMatch(l -> l.contains("…")), out.toString());
        out.setLength(0);
        assertEquals(0, lsorg("", "--demo", "shell", "-c", "ls keys --format csv"));
        assertTrue(out.toString().contains("cross-workspace monitor,"), out.toString());
    }

    @Test
    void startsInTheWorkspaceOfTheWorkspaceOption() {
        assertEquals(0, lsorg("", "--demo", "--workspace", "Research", "shell", "-c", "ls keys --format csv"));
        assertTrue(out.toString().contains("research notebook,"), out.toString());
        assertTrue(!out.toString().contains("staging ci"), out.toString());
    }

    @Test
    void aFailingCommandExitsNonZero() {
        assertEquals(ExitCodes.USAGE, lsorg("", "--demo", "shell", "-c", "use Nowhere"));
        assertEquals("no workspace called 'Nowhere'\n", err.toString());
    }

    @Test
    void commandsOnStdinWithAnswersAndTheJournal() {
        Path journal = dir.resolve("journal.jsonl");
        assertEquals(0, lsorg("create workspace Vision Lab\ny\nls workspaces\n", "--demo", "shell", "--journal",
                journal.toString()));
        assertTrue(out.toString().contains("Done: Create workspace Vision Lab"), out.toString());
        assertTrue(out.toString().contains("Vision Lab "), out.toString());
        assertEquals("Create workspace Vision Lab", new Journal(journal).read().get(0).change());
    }

    @Test
    void readOnlyAndDryRunFlagsReachTheShell() {
        assertEquals(ExitCodes.USAGE, lsorg("", "--demo", "--read-only", "shell", "-c", "set invites off --yes"));
        assertTrue(err.toString().startsWith("refused: mode: read-only mode"), err.toString());
        Path journal = dir.resolve("j.jsonl");
        assertEquals(0, lsorg("", "--demo", "--dry-run", "shell", "--yes", "--journal", journal.toString(), "-c",
                "set invites off"));
        assertTrue(out.toString().contains("Dry run: recorded, not sent"), out.toString());
        assertEquals("dry-run", new Journal(journal).read().get(0).outcome());
    }

    private int lsorg(String stdin, String... args) {
        CommandRunner.Result r = CommandRunner.runWithInput(CommandRunner.isolated(dir), stdin, args);
        out.append(r.out());
        err.append(r.err());
        return r.exitCode();
    }
}
