package dev.lsorg.command;

import dev.lsorg.command.Command.Guard;
import dev.lsorg.command.Command.Setting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one command line into a {@link Command} value using the {@link Grammar} table. It knows nothing
 * of JLine or of the org: names are resolved later, when the command becomes a {@code Mutation}.
 */
public final class CommandParser {

    /** Parses {@code line}; a blank line or a {@code #} comment gives {@code null}. */
    public Command parse(String line) throws CommandSyntaxException {
        String trimmed = line == null ? "" : line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        List<String> words = Tokenizer.split(trimmed);
        CommandSpec spec = Grammar.find(words.get(0)).orElseThrow(() -> new CommandSyntaxException(
                "unknown command '" + words.get(0) + "' (try 'help')", null));
        Args args = Args.of(spec, words.subList(1, words.size()));
        return build(spec, args);
    }

    private Command build(CommandSpec spec, Args a) throws CommandSyntaxException {
        return switch (spec.name()) {
            case "ls" -> new Command.Ls(a.word(0, spec), a.one("--workspace"), a.one("--filter"), format(a, spec));
            case "show" -> new Command.Show(a.rest(0, spec, "what to show"));
            case "use" -> new Command.Use(a.positionals.isEmpty() ? null : a.rest(0, spec, "a workspace"));
            case "help" -> new Command.Help(a.optional(0));
            case "journal" -> new Command.ShowJournal(a.intOption("--last", 20, spec));
            case "reload" -> new Command.Reload();
            case "exit", "quit" -> new Command.Exit();
            default -> buildChange(spec, a);
        };
    }

    private Command buildChange(CommandSpec spec, Args a) throws CommandSyntaxException {
        Guard g = new Guard(a.flag("--yes"), a.one("--confirm"));
        return switch (spec.name()) {
            case "invite" -> new Command.Invite(String.join(",", a.atLeast(1, spec, "an email")),
                    a.one("--role"), a.all("--workspace"), a.one("--workspace-role"), g);
            case "role" -> role(spec, a, g);
            case "add" -> new Command.Add(targets(a.atLeast(1, spec, "an email")), a.one("--workspace"),
                    a.one("--role"), g);
            case "remove" -> new Command.Remove(targets(a.atLeast(1, spec, "who to remove")),
                    a.one("--workspace"), g);
            case "revoke" -> revoke(spec, a, g);
            case "create" -> create(spec, a, g);
            case "edit" -> edit(spec, a, g);
            case "rename" -> new Command.Rename(a.exactly(2, spec).get(0), a.positionals.get(1), g);
            case "delete" -> delete(spec, a, g);
            case "set" -> set(spec, a, g);
            case "unshare-all" -> new Command.UnshareAll(g);
            default -> throw new CommandSyntaxException("unknown command '" + spec.name() + "'", spec.usage());
        };
    }

    private static Command role(CommandSpec spec, Args a, Guard g) throws CommandSyntaxException {
        List<String> p = a.atLeast(2, spec, "who and which role");
        return new Command.ChangeRole(targets(p.subList(0, p.size() - 1)), p.get(p.size() - 1),
                a.one("--workspace"), g);
    }

    /** {@code revoke pat TOKEN...} names personal access tokens; anything else service keys or invites. */
    private static Command revoke(CommandSpec spec, Args a, Guard g) throws CommandSyntaxException {
        List<String> p = a.atLeast(1, spec, "a key, an email, or pat and a token");
        if (p.get(0).equals("pat")) {
            if (p.size() == 1) {
                throw new CommandSyntaxException("name the personal access token to revoke", spec.usage());
            }
            return new Command.RevokePat(p.subList(1, p.size()), g);
        }
        return new Command.Revoke(targets(p), g);
    }

    private static Command create(CommandSpec spec, Args a, Guard g) throws CommandSyntaxException {
        String what = a.word(0, spec);
        String name = a.rest(1, spec, switch (what) {
            case "key" -> "a key description";
            case "role" -> "a role name";
            default -> "a workspace name";
        });
        if (what.equals("workspace")) {
            return new Command.CreateWorkspace(name, a.one("--handle"), g);
        }
        if (what.equals("role")) {
            return new Command.CreateRole(name, a.one("--description"), permissions(a.all("--permission")), g);
        }
        return new Command.CreateKey(name, a.one("--org-role"), a.all("--workspace"), a.one("--role"),
                a.intOption("--expires-days", null, spec), g);
    }

    // No --permissions keeps the role's set (null), to which --add and --drop then apply.
    private static Command edit(CommandSpec spec, Args a, Guard g) throws CommandSyntaxException {
        List<String> whole = a.all("--permissions").isEmpty() ? null : permissions(a.all("--permissions"));
        return new Command.EditRole(a.afterWord(spec, "a custom role"), a.one("--name"), a.one("--description"),
                whole, permissions(a.all("--add")), permissions(a.all("--drop")), g);
    }

    private static Command delete(CommandSpec spec, Args a, Guard g) throws CommandSyntaxException {
        String what = a.word(0, spec);
        String name = a.rest(1, spec, what.equals("role") ? "a custom role" : "a workspace name");
        return what.equals("role") ? new Command.DeleteRole(name, g) : new Command.DeleteWorkspace(name, g);
    }

    /** Permissions given as repeated flags, each possibly a comma-separated list ({@code runs:read,datasets:read}). */
    static List<String> permissions(List<String> values) {
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    private static Command set(CommandSpec spec, Args a, Guard g) throws CommandSyntaxException {
        String word = a.word(0, spec);
        String value = a.exactly(2, spec).get(1).toLowerCase(Locale.ROOT);
        if (!value.equals("on") && !value.equals("off")) {
            throw new CommandSyntaxException("say 'on' or 'off', not '" + value + "'", spec.usage());
        }
        for (Setting s : Setting.values()) {
            if (s.word().equals(word)) {
                return new Command.SetSetting(s, value.equals("on"), g);
            }
        }
        throw new CommandSyntaxException("unknown setting '" + word + "'", spec.usage());
    }

    private static String format(Args a, CommandSpec spec) throws CommandSyntaxException {
        String f = a.one("--format");
        if (f != null && !List.of("table", "json", "csv").contains(f)) {
            throw new CommandSyntaxException("--format is table, json or csv, not '" + f + "'", spec.usage());
        }
        return f == null ? "table" : f;
    }

    /** Splits comma-joined email lists ({@code a@x.com,b@x.com}); other words (key descriptions) stay whole. */
    static List<String> targets(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String[] parts = w.split(",");
            boolean emails = parts.length > 1 && java.util.Arrays.stream(parts).allMatch(p -> p.contains("@"));
            out.addAll(emails ? java.util.Arrays.stream(parts).map(String::strip).toList() : List.of(w));
        }
        return out;
    }

    /** The words of one line sorted into positionals, valued flags and bare flags. */
    private static final class Args {
        final List<String> positionals = new ArrayList<>();
        final Map<String, List<String>> values = new HashMap<>();
        final Set<String> flags = new HashSet<>();

        static Args of(CommandSpec spec, List<String> words) throws CommandSyntaxException {
            Args a = new Args();
            for (int i = 0; i < words.size(); i++) {
                i = a.take(spec, words, i);
            }
            return a;
        }

        private int take(CommandSpec spec, List<String> words, int i) throws CommandSyntaxException {
            String w = words.get(i);
            if (!w.startsWith("-") || w.equals("-")) {
                positionals.add(w);
                return i;
            }
            String name = canonical(w.contains("=") ? w.substring(0, w.indexOf('=')) : w);
            if (spec.boolFlags().contains(name) || spec.boolFlags().contains(w)) {
                flags.add(name);
                return i;
            }
            if (!spec.valueFlags().contains(name)) {
                throw new CommandSyntaxException("'" + spec.name() + "' has no option " + name, spec.usage());
            }
            if (w.contains("=")) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(w.substring(w.indexOf('=') + 1));
                return i;
            }
            if (i + 1 >= words.size()) {
                throw new CommandSyntaxException(name + " needs a value", spec.usage());
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(words.get(i + 1));
            return i + 1;
        }

        private static String canonical(String flag) {
            return switch (flag) {
                case "-w" -> "--workspace";
                case "-y" -> "--yes";
                default -> flag;
            };
        }

        String one(String name) {
            List<String> v = values.get(name);
            return v == null ? null : v.get(v.size() - 1);
        }

        List<String> all(String name) {
            return List.copyOf(values.getOrDefault(name, List.of()));
        }

        boolean flag(String name) {
            return flags.contains(name);
        }

        String optional(int i) {
            return positionals.size() > i ? positionals.get(i) : null;
        }

        String word(int i, CommandSpec spec) throws CommandSyntaxException {
            String w = optional(i);
            if (w == null || !spec.words().contains(w.toLowerCase(Locale.ROOT))) {
                throw new CommandSyntaxException((w == null ? "say " : "'" + w + "' is not one of ")
                        + String.join(", ", spec.words()), spec.usage());
            }
            return w.toLowerCase(Locale.ROOT);
        }

        /** Positionals from {@code i} on, joined with spaces, so unquoted names with spaces still work. */
        String rest(int i, CommandSpec spec, String what) throws CommandSyntaxException {
            if (positionals.size() <= i) {
                throw new CommandSyntaxException("give " + what, spec.usage());
            }
            return String.join(" ", positionals.subList(i, positionals.size()));
        }

        String afterWord(CommandSpec spec, String what) throws CommandSyntaxException {
            word(0, spec);
            return rest(1, spec, what);
        }

        List<String> atLeast(int n, CommandSpec spec, String what) throws CommandSyntaxException {
            if (positionals.size() < n) {
                throw new CommandSyntaxException("give " + what, spec.usage());
            }
            return List.copyOf(positionals);
        }

        List<String> exactly(int n, CommandSpec spec) throws CommandSyntaxException {
            if (positionals.size() != n) {
                throw new CommandSyntaxException("expected " + n + " arguments, got " + positionals.size()
                        + " (quote names with spaces)", spec.usage());
            }
            return List.copyOf(positionals);
        }

        Integer intOption(String name, Integer dflt, CommandSpec spec) throws CommandSyntaxException {
            String v = one(name);
            try {
                return v == null ? dflt : Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new CommandSyntaxException(name + " takes a whole number, not '" + v + "'", spec.usage());
            }
        }
    }
}
