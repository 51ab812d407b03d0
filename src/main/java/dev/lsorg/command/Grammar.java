package dev.lsorg.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The shell's commands as data: one table drives parsing, {@code help} and tab completion. */
public final class Grammar {
    private static final Set<String> GUARD = Set.of("--yes", "-y");
    private static final Set<String> CONFIRM = Set.of("--confirm");

    /** Every command, in the order {@code help} lists them. */
    public static final List<CommandSpec> COMMANDS = List.of(
            read("ls", "ls workspaces|members|pending|keys|roles [--workspace NAME] [--filter TEXT] [--format table|json|csv]",
                    "List what the org holds; members, pending and keys of one workspace with --workspace.",
                    Set.of("--workspace", "-w", "--filter", "--format"),
                    List.of("workspaces", "members", "pending", "keys", "roles")),
            read("show", "show EMAIL|WORKSPACE|KEY|ROLE", "Show everything about one member, workspace, key or role.",
                    Set.of(), List.of()),
            read("use", "use [WORKSPACE]", "Make WORKSPACE the default for ls and add; without one, list org-wide again.",
                    Set.of(), List.of()),
            change("invite", "invite EMAIL[,EMAIL...] [--role ORG_ROLE] [--workspace NAME]... [--workspace-role ROLE]",
                    "Invite people to the org, and optionally to workspaces with a workspace role.",
                    Set.of("--role", "--workspace", "-w", "--workspace-role"), List.of()),
            change("role", "role EMAIL|KEY... ROLE [--workspace NAME]",
                    "Change an org role, a pending invite's role, a key's role, or with --workspace a workspace role.",
                    Set.of("--workspace", "-w"), List.of()),
            change("add", "add EMAIL... [--workspace NAME] --role ROLE",
                    "Add existing org members to a workspace (default: the one in use) with a workspace role.",
                    Set.of("--workspace", "-w", "--role"), List.of()),
            change("remove", "remove EMAIL... [--workspace NAME]",
                    "Remove people from the org (revoking pending invites), or with --workspace from that workspace.",
                    Set.of("--workspace", "-w"), List.of()),
            change("revoke", "revoke KEY|EMAIL... | revoke pat TOKEN...",
                    "Revoke service keys (by description or id) or pending invites; with pat, personal access tokens"
                            + " (they stop working and stay listed as expired).", Set.of(), List.of()),
            change("create", "create workspace NAME [--handle HANDLE] | create key DESCRIPTION "
                    + "[--org-role ROLE | --workspace NAME... --role ROLE] [--expires-days N] | create role NAME "
                    + "--permission P[,P...]... [--description TEXT]",
                    "Create a workspace, a service key (org-wide with an org role, or for workspaces), or a custom"
                            + " role holding permissions the org's roles carry.",
                    Set.of("--handle", "--org-role", "--workspace", "-w", "--role", "--expires-days", "--permission",
                            "--description"),
                    List.of("workspace", "key", "role")),
            change("edit", "edit role ROLE [--name NEW_NAME] [--description TEXT] [--permissions P[,P...]] "
                    + "[--add P]... [--drop P]...",
                    "Change a custom role's name, description or permissions (the whole set, or some added or"
                            + " dropped).", Set.of("--name", "--description", "--permissions", "--add", "--drop"),
                    List.of("role")),
            change("rename", "rename WORKSPACE NEW_NAME", "Rename a workspace.", Set.of(), List.of()),
            change("delete", "delete workspace NAME | delete role NAME",
                    "Delete a workspace or a custom role (type its name to confirm).", Set.of(),
                    List.of("workspace", "role")),
            change("set", "set public-sharing|pat-creation|invites on|off",
                    "Allow or forbid public sharing, PAT creation or invites org-wide.", Set.of(),
                    List.of("public-sharing", "pat-creation", "invites")),
            change("unshare-all", "unshare-all", "Unshare every shared resource in the org (type the org's name).",
                    Set.of(), List.of()),
            read("journal", "journal [--last N]", "Show the last changes recorded in the local journal.",
                    Set.of("--last"), List.of()),
            read("reload", "reload", "Fetch the org again.", Set.of(), List.of()),
            read("help", "help [COMMAND]", "List the commands, or explain one.", Set.of(), List.of()),
            read("exit", "exit", "Leave the shell (also quit or Ctrl-D).", Set.of(), List.of()),
            read("quit", "quit", "Leave the shell.", Set.of(), List.of()));

    private Grammar() {
    }

    /** The command named {@code verb}, if there is one. */
    public static Optional<CommandSpec> find(String verb) {
        return COMMANDS.stream().filter(c -> c.name().equals(verb)).findFirst();
    }

    /** The commands available in the given mode: read-only mode hides every change. */
    public static List<CommandSpec> available(boolean readOnly) {
        return COMMANDS.stream().filter(c -> !readOnly || !c.mutates()).toList();
    }

    private static CommandSpec read(String name, String usage, String summary, Set<String> flags, List<String> words) {
        return new CommandSpec(name, usage, summary, flags, Set.of(), words, false);
    }

    private static CommandSpec change(String name, String usage, String summary, Set<String> flags,
            List<String> words) {
        Set<String> values = new java.util.HashSet<>(flags);
        values.addAll(CONFIRM);
        return new CommandSpec(name, usage + " [--yes] [--confirm TEXT]", summary, Set.copyOf(values), GUARD, words,
                true);
    }
}
