package dev.lsorg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.mutation.Journal;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.testing.DemoOrg;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single command ({@code lsorg shell -c}) loads only what it reads, and prints exactly what it prints after a
 * whole-org load: every read command and (in dry-run mode, so the org stays as it is) every kind of change, each
 * compared with the same command in a session that loaded everything, with the requests it cost counted.
 */
class OnDemandShellTest {
    /** Each command with the most GET requests it may cost on the demo org (the whole org is 25). */
    static final Map<String, Integer> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("help", 0);
        COMMANDS.put("help ls", 0);
        COMMANDS.put("journal", 0);
        COMMANDS.put("ls roles", 1);
        COMMANDS.put("ls workspaces", 3);
        COMMANDS.put("ls members", 4);
        COMMANDS.put("ls pending", 4);
        COMMANDS.put("ls keys", 2);
        COMMANDS.put("ls members --workspace Research", 3);
        COMMANDS.put("ls pending --workspace Research", 3);
        COMMANDS.put("ls keys --workspace Data Platform --format csv", 3);
        COMMANDS.put("use Research", 1);
        COMMANDS.put("show Research", 7);
        COMMANDS.put("show lucas.khan@acme-robotics.com", 7);
        COMMANDS.put("show new.hire@acme-robotics.com", 6);
        COMMANDS.put("show terraform bootstrap", 6);
        COMMANDS.put("set public-sharing off --yes", 6);
        COMMANDS.put("role new.hire@acme-robotics.com viewer --yes", 6);
        COMMANDS.put("role kavya.weber@acme-robotics.com viewer --yes", 6);
        COMMANDS.put("role maya.schmidt@acme-robotics.com Editor --workspace Research --yes", 7);
        COMMANDS.put("add kavya.weber@acme-robotics.com -w Sandbox --role Viewer --yes", 7);
        COMMANDS.put("remove maya.schmidt@acme-robotics.com -w Research --confirm maya.schmidt@acme-robotics.com",
                7);
        COMMANDS.put("remove kavya.weber@acme-robotics.com --confirm kavya.weber@acme-robotics.com", 6);
        COMMANDS.put("invite zed@example.com -w Research --workspace-role Viewer --yes", 6);
        COMMANDS.put("revoke new.hire@acme-robotics.com --confirm new.hire@acme-robotics.com", 6);
        COMMANDS.put("create workspace Tmp1 --yes", 6);
        COMMANDS.put("rename Sandbox Sandbox2 --yes", 6);
        // Its members and keys too: the confirmation states who and what loses access.
        COMMANDS.put("delete workspace Sandbox --confirm Sandbox", 8);
        COMMANDS.put("create key k1 --org-role viewer --yes", 6);
        COMMANDS.put("role 'staging ci' Viewer --yes", 6);
        COMMANDS.put("revoke 'staging ci' --confirm 'staging ci'", 6);
        COMMANDS.put("revoke pat laptop --confirm laptop", 7);
        COMMANDS.put("unshare-all --confirm 'Acme Robotics'", 6);
        COMMANDS.put("create role Tester --permission runs:read --yes", 2);
        COMMANDS.put("edit role Annotator --add datasets:read --drop feedback:create --yes", 2);
        COMMANDS.put("delete role Annotator --confirm Annotator", 2);
        COMMANDS.put("show Annotator", 6);
    }

    static DemoOrg demo;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        demo = DemoOrg.start();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void eachCommandLoadsOnlyWhatItReadsAndPrintsWhatAWholeLoadPrints() {
        for (Map.Entry<String, Integer> c : COMMANDS.entrySet()) {
            String whole = run(session(false), c.getKey());
            demo.emulator.requestLog().clear();
            String onDemand = run(session(true), c.getKey());
            List<RequestLog.Entry> gets = demo.emulator.requestLog().entries().stream()
                    .filter(e -> e.method().equals("GET")).toList();
            assertEquals(whole, onDemand, c.getKey());
            assertTrue(gets.size() <= c.getValue(), c.getKey() + " cost " + gets.size() + " requests: "
                    + gets.stream().map(e -> e.path() + (e.query() == null ? "" : "?" + e.query())).toList());
            assertEquals(List.of(), demo.emulator.requestLog().entries().stream()
                    .filter(e -> !e.method().equals("GET")).toList(), "dry run: " + c.getKey());
        }
    }

    /** A script reads again after a change: what the next command shows is the server's truth. */
    @Test
    void aScriptReadsTheServersTruthAfterAChange() {
        ShellSession s = ShellSession.onDemand(demo.client, new Journal(dir.resolve("script.jsonl")), null,
                new ShellSession.Modes(false, false, true), demo.clock);
        StringWriter out = new StringWriter();
        String script = "ls workspaces\ncreate workspace Scripted --yes\nls workspaces\n"
                + "delete workspace Scripted --confirm Scripted\nls workspaces\n";
        assertEquals(0, new Shell(s).runScript(new BufferedReader(new StringReader(script)), new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        String[] listings = out.toString().split("NAME +ID");
        assertEquals(4, listings.length, out.toString());
        String row = "(?s).*\\nScripted +[0-9a-f-]{36} .*";
        assertTrue(!listings[1].matches(row) && listings[2].matches(row) && !listings[3].matches(row),
                out.toString());
    }

    private static ShellSession session(boolean onDemand) {
        ShellSession.Modes modes = new ShellSession.Modes(false, true, false);
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        if (!onDemand) {
            ShellSession s = new ShellSession(demo.client, journal, null, modes, demo.clock);
            s.reload();
            return s;
        }
        return ShellSession.onDemand(demo.client, journal, null, modes, demo.clock);
    }

    private static String run(ShellSession session, String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Shell(session).runOne(command, new BufferedReader(new StringReader("")),
                new PrintWriter(out), new PrintWriter(err));
        // a new workspace carries the id lsorg chose for it (a fresh one each time, so a lost answer can be checked)
        String text = code + "\n" + out + "\n--- err ---\n" + err;
        return text.replaceAll("\"id\" : \"[0-9a-f-]{36}\"", "\"id\" : \"<chosen id>\"");
    }
}
