package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Verb;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.model.TenantForUser;
import java.util.Arrays;
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

    CommandLineContext(Panes panes, ChangeStarts starts, Supplier<ChangeSupport> changes, List<String> themes) {
        this.commands = new ConsoleCommands(panes, starts, themes);
        this.themes = themes;
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

    /** Completes {@code text}; returns the new text and a hint with the candidates when several remain. */
    Overlay.CommandLine complete(AppState s, String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return pick(text, "", ConsoleCommands.NAMES.subList(0, 10), " ");
        }
        String cmd = text.substring(0, space);
        String arg = text.substring(space + 1);
        List<String> options = switch (cmd) {
            case "ws" -> workspaceNames(s);
            case "pane" -> Arrays.stream(PaneId.values()).map(PaneId::commandName).toList();
            case "theme" -> themes;
            case "export" -> arg.contains(" ") ? List.of() : List.of("csv", "json");
            case "activity" -> arg.contains(" ") ? List.of() : List.of("since", "op", "ws", "actor", "clear");
            default -> List.<String>of();
        };
        return pick(arg, cmd + " ", options, cmd.equals("export") || cmd.equals("activity") ? " " : "");
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
