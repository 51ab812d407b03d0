package dev.lsorg.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.command.Command.Guard;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandParserTest {
    private final CommandParser parser = new CommandParser();

    @Test
    void listsWithOptions() throws Exception {
        assertEquals(new Command.Ls("members", "Research Lab", "ana", "json"),
                parser.parse("ls members -w 'Research Lab' --filter ana --format=json"));
        assertEquals(new Command.Ls("workspaces", null, null, "table"), parser.parse("ls workspaces"));
    }

    @Test
    void inviteJoinsPastedListsAndRepeatsWorkspaces() throws Exception {
        Command c = parser.parse("invite ana@x.com,bo@x.com cy@x.com --role \"Organization User\" "
                + "--workspace A --workspace B --workspace-role Editor --yes");
        assertEquals(new Command.Invite("ana@x.com,bo@x.com,cy@x.com", "Organization User", List.of("A", "B"),
                "Editor", new Guard(true, null)), c);
    }

    @Test
    void roleTakesTargetsThenRole() throws Exception {
        assertEquals(new Command.ChangeRole(List.of("a@x.com", "b@x.com"), "admin", null, Guard.NONE),
                parser.parse("role a@x.com,b@x.com admin"));
        assertEquals(new Command.ChangeRole(List.of("CI key, prod"), "Viewer", "A", Guard.NONE),
                parser.parse("role 'CI key, prod' Viewer -w A"));
    }

    @Test
    void createDeleteRenameSetAndUnshare() throws Exception {
        assertEquals(new Command.CreateWorkspace("Research Lab", "rl", Guard.NONE),
                parser.parse("create workspace Research Lab --handle rl"));
        assertEquals(new Command.CreateKey("ci", null, List.of("A"), "Editor", 30, Guard.NONE),
                parser.parse("create key ci -w A --role Editor --expires-days 30"));
        assertEquals(new Command.DeleteWorkspace("Old", new Guard(false, "Old")),
                parser.parse("delete workspace Old --confirm Old"));
        assertEquals(new Command.Rename("Old", "New name", Guard.NONE), parser.parse("rename Old 'New name'"));
        assertEquals(new Command.SetSetting(Command.Setting.PUBLIC_SHARING, false, Guard.NONE),
                parser.parse("set public-sharing off"));
        assertEquals(new Command.UnshareAll(Guard.NONE), parser.parse("unshare-all"));
    }

    @Test
    void customRolesAreCreatedEditedAndDeleted() throws Exception {
        assertEquals(new Command.CreateRole("QA Reviewer", "reads", List.of("runs:read", "datasets:read", "x:y"),
                Guard.NONE), parser.parse("create role QA Reviewer --description reads --permission"
                + " runs:read,datasets:read --permission x:y"));
        assertEquals(new Command.EditRole("QA", "QA2", null, null, List.of("a:b"), List.of("c:d", "e:f"),
                new Guard(true, null)), parser.parse("edit role QA --name QA2 --add a:b --drop c:d,e:f --yes"));
        assertEquals(new Command.EditRole("QA", null, "", List.of("a:b"), List.of(), List.of(), Guard.NONE),
                parser.parse("edit role QA --description '' --permissions a:b"));
        assertEquals(new Command.DeleteRole("QA", new Guard(false, "QA")), parser.parse("delete role QA --confirm QA"));
        assertEquals("'people' is not one of role", assertThrows(CommandSyntaxException.class,
                () -> parser.parse("edit people")).getMessage());
        assertEquals("give a custom role", assertThrows(CommandSyntaxException.class,
                () -> parser.parse("delete role")).getMessage());
    }

    @Test
    void quotesAndEscapesKeepSpacesInOneWord() throws Exception {
        assertEquals(List.of("a b", "c'd", "e\\f", "", "g h"), Tokenizer.split("'a b' \"c'd\" 'e\\f' '' g\\ h"));
    }

    @Test
    void blankAndCommentLinesAreNothing() throws Exception {
        assertNull(parser.parse("   "));
        assertNull(parser.parse("# a comment"));
    }

    @Test
    void mistakesSayWhatIsWrongAndShowUsage() {
        CommandSyntaxException e = assertThrows(CommandSyntaxException.class, () -> parser.parse("ls people"));
        assertEquals("'people' is not one of workspaces, members, pending, keys, roles", e.getMessage());
        assertTrue(e.usage().startsWith("ls workspaces|members"));
        assertEquals("'remove' has no option --force",
                assertThrows(CommandSyntaxException.class, () -> parser.parse("remove a@x.com --force")).getMessage());
        assertEquals("unknown command 'frobnicate' (try 'help')",
                assertThrows(CommandSyntaxException.class, () -> parser.parse("frobnicate")).getMessage());
        assertEquals("unclosed ' quote",
                assertThrows(CommandSyntaxException.class, () -> parser.parse("use 'Lab")).getMessage());
        assertEquals("say 'on' or 'off', not 'maybe'",
                assertThrows(CommandSyntaxException.class, () -> parser.parse("set invites maybe")).getMessage());
        assertEquals("--expires-days takes a whole number, not 'ten'", assertThrows(CommandSyntaxException.class,
                () -> parser.parse("create key k --expires-days ten")).getMessage());
    }
}
