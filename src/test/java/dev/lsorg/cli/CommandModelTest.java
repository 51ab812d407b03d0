package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.Main;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's own command line starts without the subcommands' models; every other command line gets the whole
 * command tree, so help, subcommands and the answers to mistakes are what they always were.
 */
class CommandModelTest {
    @TempDir
    Path dir;

    private boolean whole(String... args) {
        return !Main.commandLine(args, CommandRunner.isolated(dir, java.util.Map.of())).getSubcommands().isEmpty();
    }

    @Test
    void theConsolesOptionsParseWithoutTheSubcommands() {
        for (List<String> args : List.of(List.<String>of(), List.of("--demo"), List.of("--demo-seed", "hostile"),
                List.of("--profile", "prod", "--read-only", "--theme", "mono"), List.of("--no-mouse", "--ascii"))) {
            assertTrue(!whole(args.toArray(String[]::new)), "console only: " + args);
        }
    }

    @Test
    void everythingElseGetsTheWholeCommandTree() {
        for (List<String> args : List.of(List.of("audit"), List.of("--demo", "snapshot"), List.of("--help"),
                List.of("-h"), List.of("--version"), List.of("audti"), List.of("--bogus"), List.of("--theme"),
                List.of("emulator", "--help"))) {
            assertTrue(whole(args.toArray(String[]::new)), "whole tree: " + args);
        }
        assertEquals(11, Main.commandLine(new String[] {"--help"}, CommandRunner.isolated(dir, java.util.Map.of()))
                .getSubcommands().size(), "every subcommand is there");
    }
}
