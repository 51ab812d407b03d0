package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Verb;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.command.CommandSpec;
import dev.lsorg.command.Completions;
import dev.lsorg.command.CommandSyntaxException;
import dev.lsorg.command.Grammar;
import dev.lsorg.command.Tokenizer;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The {@code :} command line: typing, history with Up/Down, Tab completion of command names and their arguments,
 * and Enter to run the line ({@link ConsoleCommands}).
 */
final class CommandLineContext implements Context {
    private final ConsoleCommands commands;
    private final List<String> themes;
    private final Supplier<List<String>> profiles;
    private final Supplier<ChangeSupport> support;

    CommandLineContext(Panes panes, ChangeStarts starts, Supplier<ChangeSupport> changes, List<String> themes,
                       Supplier<List<String>> profiles) {
        this.commands = new ConsoleCommands(panes, starts, themes, profiles);
        this.themes = themes;
        this.profiles = profiles;
        this.support = changes;
    }

    @Override
    public Mode mode() {
        return Mode.INPUT;
    }

    @Override
    public List<Offer> offers(AppState s) {
        return List.of(new Offer(Verb.SUBMIT, "run", "Run the command", null),
                new Offer(Verb.COMPLETE, "complete", "Complete the command or its argument", null),
                new Offer(Verb.MOVE_UP, "history", "Earlier commands", null),
                new Offer(Verb.CANCEL, "cancel", "Close the command line", null));
    }

    @Override
    public void handle(AppState s, Intent i, Out out) {
        if (!(s.overlay() instanceof Overlay.CommandLine cl)) {
            return;
        }
        if (i == Verb.SUBMIT) {
            commands.run(s, cl.text(), out);
        } else if (i == Verb.COMPLETE) {
            out.show(complete(s, cl.text()));
        } else if (i == Verb.MOVE_UP || i == Verb.MOVE_DOWN) {
            out.show(Editing.history(s.history(), cl, i == Verb.MOVE_UP));
        } else if (i == Verb.CANCEL || (i == Verb.ERASE && cl.text().isEmpty())) {
            out.show(Overlay.NONE);
        } else {
            Editing.edit(cl.text(), i).ifPresent(text -> out.show(new Overlay.CommandLine(text, -1, "")));
        }
    }

    /**
     * Completes {@code text}: the console's own commands and their arguments, and the shell's change commands and
     * theirs (members, workspaces, roles, keys) as the shell completes them; returns the new text and a hint with
     * the candidates when several remain.
     */
    Overlay.CommandLine complete(AppState s, String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            List<String> names = new ArrayList<>(ConsoleCommands.NAMES.subList(0, 12));
            Grammar.available(s.connection().readOnly()).stream().filter(CommandSpec::mutates)
                    .map(CommandSpec::name).forEach(names::add);
            return pick(text, "", names, " ");
        }
        String cmd = text.substring(0, space);
        String arg = text.substring(space + 1);
        if (!ConsoleCommands.NAMES.contains(cmd) && Grammar.find(cmd).filter(CommandSpec::mutates).isPresent()) {
            return change(s, text);
        }
        List<String> options = switch (cmd) {
            case "ws" -> workspaceNames(s);
            case "pane" -> PaneId.TABS.stream().map(PaneId::commandName).toList();
            case "theme" -> themes;
            case "export" -> arg.contains(" ") ? List.of() : List.of("csv", "json");
            case "activity" -> arg.contains(" ") ? List.of() : List.of("since", "op", "ws", "actor", "clear");
            case "profile", "ctx" -> profiles.get();
            default -> List.<String>of();
        };
        return pick(arg, cmd + " ", options, cmd.equals("export") || cmd.equals("activity") ? " " : "");
    }

    // A change in the shell's words: the word being typed completed from the loaded org, as the shell does.
    private Overlay.CommandLine change(AppState s, String text) {
        Optional<MutationFactory> f = support.get() == null ? Optional.empty() : support.get().factory(s);
        if (f.isEmpty()) {
            return new Overlay.CommandLine(text, -1, "no completion while the org is loading");
        }
        // The word being typed starts after the last space, or at an open quote (names may have spaces).
        int start = text.chars().filter(ch -> ch == '"').count() % 2 == 1 ? text.lastIndexOf('"')
                : text.lastIndexOf(' ') + 1;
        String word = text.substring(start);
        List<String> words = new ArrayList<>();
        try {
            words.addAll(Tokenizer.split(text.substring(0, start)));
        } catch (CommandSyntaxException e) {
            return new Overlay.CommandLine(text, -1, e.getMessage());
        }
        words.add(word);
        List<String> options = new Completions(() -> f.get().index(), s.connection().readOnly())
                .candidatesFor(words, words.size() - 1);
        String typed = word.startsWith("\"") ? word.substring(1) : word;
        String w = typed.toLowerCase(Locale.ROOT);
        List<String> hits = options.stream().filter(o -> o.toLowerCase(Locale.ROOT).startsWith(w)).distinct()
                .toList();
        String before = text.substring(0, text.length() - word.length());
        if (hits.isEmpty()) {
            return new Overlay.CommandLine(text, -1, "no completion for '" + word + "'");
        }
        if (hits.size() == 1) {
            return new Overlay.CommandLine(before + quoted(hits.get(0)) + " ", -1, "");
        }
        String common = commonPrefix(hits);
        String shown = String.join("  ", hits.size() > 12 ? hits.subList(0, 12) : hits);
        return new Overlay.CommandLine(before + (common.length() > typed.length()
                ? (common.contains(" ") ? "\"" : "") + common : word), -1, shown);
    }

    // A name with spaces goes in quotes, as the grammar reads it.
    private static String quoted(String value) {
        return value.contains(" ") ? "\"" + value + "\"" : value;
    }

    private static List<String> workspaceNames(AppState s) {
        List<TenantForUser> all = s.data().workspaces();
        return all == null ? List.of() : all.stream().filter(w -> !w.isDeleted()).map(TenantForUser::displayName)
                .toList();
    }

    private static Overlay.CommandLine pick(String word, String before, List<String> options, String after) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> hits = options.stream().filter(o -> o.toLowerCase(Locale.ROOT).startsWith(w)).toList();
        if (hits.isEmpty()) {
            return new Overlay.CommandLine(before + word, -1, "no completion for '" + word + "'");
        }
        if (hits.size() == 1) {
            return new Overlay.CommandLine(before + hits.get(0) + after, -1, "");
        }
        String common = commonPrefix(hits);
        String shown = String.join("  ", hits.size() > 12 ? hits.subList(0, 12) : hits);
        return new Overlay.CommandLine(before + (common.length() > word.length() ? common : word), -1, shown);
    }

    static String commonPrefix(List<String> words) {
        String p = words.get(0);
        for (String s : words) {
            int i = 0;
            while (i < p.length() && i < s.length()
                    && Character.toLowerCase(p.charAt(i)) == Character.toLowerCase(s.charAt(i))) {
                i++;
            }
            p = p.substring(0, i);
        }
        return p;
    }
}
