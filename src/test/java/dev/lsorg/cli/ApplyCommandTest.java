package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.mutation.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lsorg --demo apply FILE.csv} through picocli: the plan, the one question, progress and summary. */
class ApplyCommandTest {
    @TempDir
    Path dir;
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();

    @Test
    void showsThePlanAsksOnceAndSumsUp() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"), "email,org role,workspace,workspace role,action\n"
                + "ana@x.com,Organization User,Research,Viewer,\n"
                + "\"bo@x.com\",Organization Viewer,,,\n"
                + "bad,Organization User,,,\n");
        Path journal = dir.resolve("journal.jsonl");
        int code = lsorg("y\n", "--demo", "apply", csv.toString(), "--journal", journal.toString());
        assertEquals(ExitCodes.USAGE, code, err::toString);
        String text = out.toString();
        assertTrue(text.contains("Will change (2):\n  line 2: Invite ana@x.com to the org as Organization User and to"
                + " workspace Research as Viewer\n      POST /api/v1/orgs/current/members\n"), text);
        assertTrue(text.contains("Cannot apply (1):\n  line 4 (bad): email: 'bad' is not an email address"), text);
        assertTrue(text.contains("Apply these 2 changes? [y/N] "), text);
        assertTrue(text.contains("[##########..........] 1/2 done    line 2: Invite ana@x.com"), text);
        assertTrue(err.toString().contains("Summary: 2 done, 0 refused, 0 unknown → done, 0 unknown → not done,"
                + " 0 still unknown; 0 already as asked, 1 could not be applied"), err.toString());
        assertEquals(4, new Journal(journal).read().size(), "an intent and an outcome line per change");
    }

    @Test
    void anythingButYesSendsNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("p.csv"), "ana@x.com,,,,\n");
        assertEquals(ExitCodes.FINDINGS, lsorg("n\n", "--demo", "apply", csv.toString(), "--journal",
                dir.resolve("j").toString()));
        assertTrue(out.toString().endsWith("Cancelled; nothing was sent.\n"), out.toString());
        assertTrue(Files.notExists(dir.resolve("j")));
    }

    @Test
    void readOnlyPlansNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("p.csv"), "ana@x.com,,,,\n");
        assertEquals(ExitCodes.USAGE, lsorg("", "--demo", "--read-only", "apply", csv.toString()));
        assertTrue(out.toString().contains("Cannot apply (1):\n  line 1 (ana@x.com): mode: read-only mode"), out.toString());
        assertTrue(out.toString().endsWith("Nothing to change.\n"), out.toString());
    }

    private int lsorg(String stdin, String... args) {
        CommandRunner.Result r = CommandRunner.runWithInput(CommandRunner.isolated(dir), stdin, args);
        out.append(r.out());
        err.append(r.err());
        return r.exitCode();
    }
}
