package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lsorg --version} (what a bug report needs: version, commit, Java, terminal) and the hidden
 * {@code lsorg __complete profiles} that the shell completions call when Tab is pressed after {@code --profile}.
 */
class VersionAndCompletionTest {
    @TempDir
    Path dir;

    @Test
    void versionNamesBuildCommitJavaAndTerminal() {
        CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir, Map.of("TERM", "xterm-256color")),
                "--version");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("lsorg " + BuildInfo.version(), lines.get(0));
        assertTrue(lines.get(1).matches("commit +\\S+"), lines.get(1));
        assertTrue(lines.get(2).startsWith("java      " + System.getProperty("java.runtime.version")), lines.get(2));
        // the in-process runner's stdout is not a terminal, and --version says so rather than guessing
        assertEquals("terminal  none: stdout is not a terminal (TERM=xterm-256color)", lines.get(3));
    }

    @Test
    void terminalLineTellsColourDepth() {
        assertEquals("TERM=xterm-256color, 256 colours", VersionText.terminal(Map.of("TERM", "xterm-256color"), true));
        assertEquals("TERM=xterm, 24-bit colour", VersionText.terminal(Map.of("TERM", "xterm", "COLORTERM",
                "truecolor"), true));
        assertEquals("TERM unset, 16 colours", VersionText.terminal(Map.of(), true));
    }

    @Test
    void completeProfilesListsTheConfigsProfilesSorted() throws Exception {
        Path config = dir.resolve("config/lsorg/config.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profiles.staging]\nendpoint = \"https://eu.api.smith.langchain.com\"\n\n"
                + "[profiles.prod]\nendpoint = \"https://api.smith.langchain.com\"\n");
        CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir), "__complete", "profiles");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("prod\nstaging\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void completeProfilesIsSilentOnABrokenOrMissingConfig() throws Exception {
        assertEquals("", CommandRunner.run(CommandRunner.isolated(dir), "__complete", "profiles").out());
        Path config = dir.resolve("config/lsorg/config.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profiles.prod\nendpoint = ");
        CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir), "__complete", "profiles");
        assertEquals(0, r.exitCode());
        assertEquals("", r.out() + r.err());
    }

    @Test
    void completeIsHiddenFromHelp() {
        CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir), "--help");
        assertTrue(r.out().contains("audit"), r.out());
        assertTrue(!r.out().contains("__complete"), r.out());
    }
}
