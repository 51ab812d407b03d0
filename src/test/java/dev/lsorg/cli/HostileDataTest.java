package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.Json;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.shell.Shell;
import dev.lsorg.shell.ShellSession;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.TestClock;
import dev.lsorg.text.SafeCsv;
import dev.lsorg.text.Sanitizer;
import dev.lsorg.ui.ScreenHarness;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output surface of lsorg over the {@code hostile} seed, whose names, emails, handles, descriptions and role
 * names carry terminal escape and OSC sequences, C1, bidi and zero-width characters, 10,000-character strings,
 * CR/LF and spreadsheet formulas. Each surface's bytes (or, for the console, the virtual terminal's cells) must
 * hold no raw control character but the line ends lsorg writes itself, no line forged by a value, and in CSV no
 * cell a spreadsheet would run; CSV and JSON must read back with real parsers to the org's values.
 */
class HostileDataTest {
    private static final Pattern OSC52 = Pattern.compile("\u001b]52;c;([A-Za-z0-9+/=]*)\u0007");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String BIG_CELL = "W".repeat(5_000) + "\u001b]0;t\u0007";

    @TempDir
    static Path dir;
    private static DemoOrg org;
    private static CliContext ctx;
    private static volatile OrgData loaded;

    @BeforeAll
    static void start() {
        org = DemoOrg.start(EmulatorOptions.seeded("hostile", TestClock.pinned()));
        CliContext env = CommandRunner.isolated(dir, Map.of("LANGSMITH_ENDPOINT", org.emulator.endpoint(),
                "LANGSMITH_API_KEY", org.emulator.keys().orgAdminKey(),
                "LANGSMITH_ORGANIZATION_ID", org.emulator.organizationId().toString()));
        // audit, snapshot and diff get the org as the org's own client loaded it (once, and again after the test
        // changes it); shell and apply connect as configured by the environment, as a user's lsorg does.
        loaded = org.load();
        ctx = new CliContext(env.env(), false, false, env.clock(), env.config(), (g, progress) -> loaded);
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @Test
    void everyOutputSurfaceKeepsHostileDataInert() throws Exception {
        OrgData data = loaded;
        assertTrue(data.members().members().stream().anyMatch(m -> m.fullName().contains("\u001b]52;")),
                "the seed is hostile");
        console();
        audit();
        shell(data);
        apply(data);
        diff(data);
    }

    // ---- the console: every pane, detail and raw JSON views, dialogs, c and :export ----

    private void console() throws Exception {
        try (ScreenHarness h = ScreenHarness.console(org, 80, 24, "dark", dir.resolve("console"))) {
            for (char pane = '1'; pane <= '7'; pane++) {
                h.type(String.valueOf(pane));
                screenInert(h, "pane " + pane);
                for (int row = 0; row < (pane <= '5' ? 4 : 1); row++) {
                    h.press(KeyType.Enter);
                    screenInert(h, "detail of row " + row + " in pane " + pane);
                    h.type("y");
                    screenInert(h, "raw JSON of row " + row + " in pane " + pane);
                    keys(h, KeyType.Escape, 'c', 'j');
                }
            }
            auditPane(h);
            dialogs(h);
            clipboard(h);
            exports(h);
        }
    }

    /** Sends {@code strokes} (characters or special keys) as one burst, drawn once: a check follows, not each key. */
    private static void keys(ScreenHarness h, Object... strokes) {
        for (Object k : strokes) {
            h.terminal.addInput(k instanceof KeyType t ? new KeyStroke(t) : new KeyStroke((Character) k, false, false));
        }
        h.pump();
    }

    /** Types {@code text} and Enter as one burst. */
    private static void line(ScreenHarness h, String text) {
        List<Object> strokes = new ArrayList<>();
        text.chars().forEach(c -> strokes.add((char) c));
        strokes.add(KeyType.Enter);
        keys(h, strokes.toArray());
    }

    private void auditPane(ScreenHarness h) {
        h.type("8");
        screenInert(h, "audit pane");
        for (int row = 0; row < 4; row++) {
            h.type("d");
            screenInert(h, "finding " + row);
            keys(h, KeyType.Escape, 'j');
        }
    }

    private void dialogs(ScreenHarness h) {
        h.type("w");
        screenInert(h, "workspace picker");
        h.press(KeyType.Escape);
        h.type("4");
        for (int row = 0; row < 3; row++) {
            h.press(KeyType.Delete);
            screenInert(h, "revoke dialog of key row " + row);
            keys(h, KeyType.Escape, 'j');
        }
    }

    /** Every {@code c} went out as OSC 52 of sanitised text: the email with OSC 0 arrives as carets. */
    private void clipboard(ScreenHarness h) {
        h.type("2");
        line(h, "/esc");
        h.type("c");
        screenInert(h, "members filtered to the escape email");
        h.press(KeyType.Escape);
        String raw = h.clipboard.toString(StandardCharsets.ISO_8859_1);
        Matcher m = OSC52.matcher(raw);
        List<String> copied = new ArrayList<>();
        int end = 0;
        while (m.find() && m.start() == end) {
            copied.add(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
            end = m.end();
        }
        assertEquals(raw.length(), end, "the clipboard stream holds only lsorg's own OSC 52 sequences");
        assertTrue(copied.size() > 10, "copies: " + copied.size());
        copied.forEach(c -> inert("clipboard", c, false));
        assertTrue(copied.contains("esc^[]0;PWNED_TITLE^G@hostile.example"), copied.toString());
    }

    private void exports(ScreenHarness h) throws Exception {
        for (char pane : new char[] {'2', '4', '8'}) {
            Path csv = dir.resolve("export-" + pane + ".csv");
            Path json = dir.resolve("export-" + pane + ".json");
            h.type(String.valueOf(pane));
            line(h, ":export csv " + csv);
            line(h, ":export json " + json);
            // The export files are created before they are written, and the status line may still show the last
            // pane's "Exported": wait until the JSON (written after the CSV, on the same thread) reads whole.
            h.pumpUntil(() -> Files.exists(csv) && written(json), "exports of pane " + pane);
            h.pumpUntil(() -> h.text().contains("Exported"), "export message");
            String csvText = Files.readString(csv);
            String jsonText = Files.readString(json);
            inert(":export csv of pane " + pane, csvText, true);
            inert(":export json of pane " + pane, jsonText, false);
            sameValues(":export of pane " + pane, csvText, Json.mapper().readTree(jsonText), true);
        }
    }

    private static boolean written(Path json) {
        try {
            return Files.size(json) > 0 && Json.mapper().readTree(Files.readString(json)) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void screenInert(ScreenHarness h, String what) {
        StringBuilder screen = new StringBuilder();
        for (int r = 0; r < h.terminal.getTerminalSize().getRows(); r++) {
            for (int c = 0; c < h.terminal.getTerminalSize().getColumns(); c++) {
                TextCharacter ch = h.terminal.getCharacter(c, r);
                screen.append(ch == null ? " " : ch.getCharacterString());
            }
            screen.append('\n');
        }
        inert(what + " on screen", screen.toString(), false);
    }

    // ---- audit, in every format ----

    private void audit() throws Exception {
        CommandRunner.Result json = CommandRunner.run(ctx, "audit", "--format", "json");
        JsonNode report = Json.mapper().readTree(json.out());
        inert("audit json", json.out(), false);
        assertTrue(json.out().contains("\\u001B]0;PWNED TITLE\\u0007"), "escaped in the bytes");
        List<String> names = new ArrayList<>();
        report.get("findings").forEach(f -> names.add(f.get("object").get("name").asText()));
        assertTrue(names.stream().anyMatch(n -> n.startsWith("audit \u001b]0;PWNED TITLE\u0007")), "exact values");
        for (String format : List.of("text", "markdown")) {
            CommandRunner.Result r = CommandRunner.run(ctx, "audit", "--format", format);
            inert("audit " + format, r.out() + r.err(), false);
            assertTrue(r.out().contains("^[]0;PWNED TITLE^G"), r.out());
        }
        CommandRunner.Result csv = CommandRunner.run(ctx, "audit", "--format", "csv");
        inert("audit csv", csv.out() + csv.err(), true);
        List<List<String>> rows = csvRecords(csv.out());
        assertEquals(report.get("findings").size() + 1, rows.size(), "one record per finding, none forged");
        Iterator<JsonNode> findings = report.get("findings").elements();
        for (List<String> row : rows.subList(1, rows.size())) {
            JsonNode f = findings.next();
            assertEquals(SafeCsv.cell(f.get("object").get("name").asText()), row.get(4));
            assertEquals(SafeCsv.cell(f.get("evidence").asText()), row.get(6));
        }
    }

    // ---- the shell: ls tables, csv and json for every noun, show, and the CLI's own wiring ----

    private void shell(OrgData data) throws Exception {
        ShellSession session = new ShellSession(org.client, new Journal(dir.resolve("journal.jsonl")), "hostile",
                new ShellSession.Modes(true, false, false), org.clock);
        session.reload();
        Shell shell = new Shell(session);
        for (String noun : List.of("workspaces", "members", "pending", "keys", "roles")) {
            String table = run(shell, "ls " + noun);
            String csv = run(shell, "ls " + noun + " --format csv");
            String json = run(shell, "ls " + noun + " --format json");
            inert("ls " + noun, table, false);
            inert("ls " + noun + " --format csv", csv, true);
            inert("ls " + noun + " --format json", json, false);
            sameValues("ls " + noun, csv, Json.mapper().readTree(json), false);
        }
        List<String> targets = new ArrayList<>();
        data.workspaces().stream().map(TenantForUser::id).forEach(id -> targets.add(id.toString()));
        org.client.apiKeys().listServiceKeys(null).toCompletionStage().toCompletableFuture().get().stream()
                .map(APIKeyGetResponse::id).forEach(id -> targets.add(id.toString()));
        data.members().members().forEach(m -> targets.add(m.email()));
        for (String target : targets) {
            inert("show " + target, run(shell, "show " + target), false);
        }
        CommandRunner.Result cli = CommandRunner.run(ctx, "shell", "-c", "ls keys");
        assertEquals(0, cli.exitCode(), cli.err());
        inert("lsorg shell -c 'ls keys'", cli.out() + cli.err(), false);
        assertTrue(cli.out().contains("^[[2J^[[H"), cli.out());
    }

    private static String run(Shell shell, String line) {
        StringWriter out = new StringWriter();
        shell.execute(line, new PrintWriter(out), new PrintWriter(out), q -> null);
        return out.toString();
    }

    // ---- apply's echo of the plan ----

    private void apply(OrgData data) throws Exception {
        String formulaWorkspace = data.workspaces().stream().map(TenantForUser::displayName)
                .filter(n -> n.startsWith("@")).findFirst().orElseThrow();
        String csv = String.join("\r\n",
                "email,org role,workspace,workspace role,action",
                row("admin@hostile.example", "", formulaWorkspace, "Viewer", ""),
                row("admin@hostile.example", "", "innocent\r\nHIGH    key-never-used  forged finding\nfix: run me",
                        "Viewer", ""),
                row("clip\u001b]52;c;Y3VybA==\u0007@x.io", "Organization User", "", "", ""),
                row("new\u202e@x.io", "Organization User", "\u001b[2Jnowhere\r\nHIGH forged", "Viewer", ""),
                row("big@x.io", "", BIG_CELL, "", ""),
                row("\u009b31m@x.io", "", "", "", "=cmd|' /C calc'!A0"));
        Path file = dir.resolve("hostile-apply.csv");
        // Quoted line breaks in rows 3 and 5 move the big row to line 9 of the file.
        Files.writeString(file, "\ufeff" + csv + "\r\n");
        CommandRunner.Result r = CommandRunner.runWithInput(ctx, "", "apply", file.toString());
        String all = r.out() + r.err();
        inert("apply plan", all, false);
        assertTrue(all.contains("line 9 (big@x.io): cell 3 is " + BIG_CELL.length() + " characters long"), all);
        assertFalse(all.contains("WWWWWWWWWW"), "an oversized cell is never echoed");
        assertTrue(all.contains("Will change") && all.contains("Cannot apply"), all);
    }

    private static String row(String... cells) {
        return String.join(",", java.util.Arrays.stream(cells).map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                .toList());
    }

    // ---- snapshot and diff, after the org changed under hostile names ----

    private void diff(OrgData data) throws Exception {
        Path before = dir.resolve("before.json");
        CommandRunner.Result snap = CommandRunner.run(ctx, "snapshot", "--output", before.toString());
        assertEquals(0, snap.exitCode(), snap.err());
        inert("snapshot file", Files.readString(before), false);
        List<TenantForUser> ws = data.workspaces();
        for (int i = 1; i < 6; i++) {
            Await.await(org.client.workspaces().rename(ws.get(i).id(), ws.get(i + 5).displayName() + " v2"));
        }
        APIKeyGetResponse key = Await.await(org.client.apiKeys().listServiceKeys(null)).stream().filter(k -> k.description().contains("\r\n")).findFirst().orElseThrow();
        Await.await(org.client.apiKeys().deleteServiceKey(key.id()));
        loaded = org.load();
        String jsonText = "";
        for (String format : List.of("text", "markdown", "json")) {
            CommandRunner.Result r = CommandRunner.run(ctx, "diff", before.toString(), "--format", format);
            assertEquals(1, r.exitCode(), r.err());
            inert("diff " + format, r.out() + r.err(), false);
            jsonText = r.out();
        }
        JsonNode json = Json.mapper().readTree(jsonText);
        assertTrue(json.get("changes").toString().contains("\\r\\nHIGH"), "JSON keeps the exact value");
    }

    // ---- the checks ----

    /**
     * No raw control, bidi or zero-width character in {@code text} but {@code \n} (and, in CSV, {@code \r\n}), and
     * no line forged by a value (see {@link #forgedAt}).
     */
    private static void inert(String what, String text, boolean crlf) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (crlf && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            if (Sanitizer.isUnsafe(c) && !lineEnd) {
                int from = Math.max(0, i - 40);
                fail(what + ": raw U+" + String.format("%04X", (int) c) + " at " + i + " after '"
                        + Sanitizer.escape(text.substring(from, i)) + "'");
            }
        }
        forgedAt(what, text, "fix: run me", "^J", "\\n");
        forgedAt(what, text.replaceAll("HIGH +key", "HIGH key"), "HIGH key-never-used", "^M^J", "\\r\\n");
    }

    /**
     * The text after the seed's CR/LF shows only right after that CR/LF made visible ({@code escapes}), so wherever
     * it stands (wrapped or cut) it cannot pass for a line of its own.
     */
    private static void forgedAt(String what, String text, String forged, String... escapes) {
        for (int i = text.indexOf(forged); i >= 0; i = text.indexOf(forged, i + 1)) {
            String before = text.substring(0, i);
            if (java.util.Arrays.stream(escapes).noneMatch(before::endsWith)) {
                fail(what + ": forged line at " + i + ": '" + Sanitizer.escape(text.substring(Math.max(0, i - 60),
                        Math.min(text.length(), i + 40))) + "'");
            }
        }
    }

    /**
     * The CSV reads back with a real CSV parser to the JSON's values, cell by cell, made safe by the one CSV writer;
     * no cell would run as a formula. {@code titledColumns}: the CSV header holds titles, the JSON keys in lower case.
     */
    private static void sameValues(String what, String csv, JsonNode json, boolean titledColumns) throws Exception {
        List<List<String>> records = csvRecords(csv);
        assertEquals(json.size() + 1, records.size(), what + ": one record per row, none forged");
        List<String> header = records.get(0);
        for (int i = 0; i < json.size(); i++) {
            for (int c = 0; c < header.size(); c++) {
                // The console's JSON keys are its column titles in snake_case; an empty cell is a JSON null.
                String key = titledColumns ? header.get(c).toLowerCase().replace(' ', '_') : header.get(c);
                JsonNode v = json.get(i).get(key);
                assertEquals(SafeCsv.cell(v == null || v.isNull() ? "" : v.asText()), records.get(i + 1).get(c),
                        what);
            }
        }
    }

    private static List<List<String>> csvRecords(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> records;
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            records = it.readAll();
        }
        for (List<String> record : records) {
            for (String cell : record) {
                assertFalse(!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !cell.equals("-"),
                        "a cell a spreadsheet would run: " + Sanitizer.escape(cell));
            }
        }
        return records;
    }
}
