package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.audit.OrgFixtures;
import dev.lsorg.audit.ReportJson;
import dev.lsorg.model.OrgData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDiffCommandTest {

    static Path snapshot(Path dir, String name, OrgData data) {
        Path file = dir.resolve(name);
        CommandRunner.Result r = CommandRunner.run(AuditCommandTest.pipe(data), "snapshot", "--output", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        return file;
    }

    @Test
    void snapshotToStdoutIsTheSameAsToAFile(@TempDir Path dir) throws Exception {
        Path file = snapshot(dir, "a.json", OrgFixtures.clean().build());
        CommandRunner.Result r = CommandRunner.run(AuditCommandTest.pipe(OrgFixtures.clean().build()), "snapshot");
        assertEquals(Files.readString(file), r.out());
    }

    @Test
    void diffOfEqualSnapshotsExitsZero(@TempDir Path dir) {
        Path a = snapshot(dir, "a.json", OrgFixtures.clean().build());
        Path b = snapshot(dir, "b.json", OrgFixtures.clean().build());
        CommandRunner.Result r = CommandRunner.run(AuditCommandTest.pipe(null), "diff", a.toString(), b.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("lsorg diff: " + a + " -> " + b + "\nno changes\n", r.out());
    }

    @Test
    void diffAgainstTheLiveOrgShowsTheChangeAndExitsOne(@TempDir Path dir) throws Exception {
        Path a = snapshot(dir, "a.json", OrgFixtures.clean().build());
        OrgFixtures changed = OrgFixtures.clean();
        changed.member("zed@example.com", OrgFixtures.ORG_USER, false);
        CommandRunner.Result r = CommandRunner.run(AuditCommandTest.pipe(changed.build()), "diff", a.toString(),
                "--format", "json");
        assertEquals(1, r.exitCode(), r.err());
        var json = ReportJson.mapper().readTree(r.out());
        assertEquals("live org Acme", json.get("after").asText());
        assertEquals(1, json.get("count").asInt());
        assertEquals("member.added", json.at("/changes/0/type").asText());
        assertEquals("zed@example.com", json.at("/changes/0/object/name").asText());
    }

    @Test
    void diffRefusesMissingOrForeignFiles(@TempDir Path dir) throws Exception {
        Path a = snapshot(dir, "a.json", OrgFixtures.clean().build());
        Path foreign = Files.writeString(dir.resolve("x.json"), "[1, 2]");
        CommandRunner.Result missing = CommandRunner.run(AuditCommandTest.pipe(null), "diff", dir.resolve("nope.json").toString(), a.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("lsorg: cannot read snapshot "), missing.err());
        assertEquals(2, CommandRunner.run(AuditCommandTest.pipe(null), "diff", foreign.toString(), a.toString()).exitCode());
        assertEquals(2, CommandRunner.run(AuditCommandTest.pipe(null), "diff").exitCode());
    }

    @Test
    void unwritableOutputAndOtherOrgsAreExplained(@TempDir Path dir) throws Exception {
        CommandRunner.Result r = CommandRunner.run(AuditCommandTest.pipe(OrgFixtures.clean().build()), "snapshot",
                "--output", dir.resolve("missing/dir/a.json").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().endsWith("a.json: no such file or directory\n"), r.err());
        Path a = snapshot(dir, "a.json", OrgFixtures.clean().build());
        Path other = dir.resolve("other.json");
        Files.writeString(other, Files.readString(a).replace(OrgFixtures.ORG.toString(), "00000000-0000-0000-0000-000000000001"));
        CommandRunner.Result diff = CommandRunner.run(AuditCommandTest.pipe(null), "diff", other.toString(), a.toString());
        assertTrue(diff.err().startsWith("lsorg: note: " + other + " is org 00000000-0000-0000-0000-000000000001"), diff.err());
    }

    @Test
    void diffAsMarkdownForAWiki(@TempDir Path dir) {
        Path a = snapshot(dir, "a.json", OrgFixtures.clean().build());
        Path b = snapshot(dir, "b.json", OrgFixtures.clean().set("pat_creation_disabled", false).build());
        CommandRunner.Result r = CommandRunner.run(AuditCommandTest.pipe(null), "diff", a.toString(), b.toString(),
                "--format", "markdown");
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("| `setting.changed` | organization **Acme** | pat\\_creation\\_disabled | true | false |"),
                r.out());
    }
}
