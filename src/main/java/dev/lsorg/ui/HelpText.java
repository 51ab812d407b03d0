package dev.lsorg.ui;

import dev.lsorg.app.Mode;
import dev.lsorg.app.Verb;
import dev.lsorg.app.console.Offer;
import dev.lsorg.ui.render.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the help screen from the key table, so help always shows the keys that really work (keymap included). */
final class HelpText {
    private HelpText() {
    }

    static List<String> lines(KeyTable keys, boolean readOnly, boolean ascii) {
        return lines(keys, readOnly, ascii, List.of());
    }

    /** The whole key table, with {@code notes} (changes this key cannot make) before the keys used while typing. */
    static List<String> lines(KeyTable keys, boolean readOnly, boolean ascii, List<String> notes) {
        List<String> out = new ArrayList<>();
        section(out, "In a pane", keys.bindings(Mode.TABLE, readOnly), ascii);
        rest(out, keys, readOnly, ascii, notes);
        return out;
    }

    /**
     * Help in a pane: the pane's own keys first ({@code own}, as the pane offers them, each with why it cannot be
     * used now), then the keys that work alike in every pane, then the rest of the key table.
     */
    static List<String> inPane(KeyTable keys, String pane, List<Offer> own, List<Offer> all, String sortKeys,
                               boolean readOnly, boolean ascii, List<String> notes) {
        List<String> out = new ArrayList<>();
        out.add(pane);
        own.forEach(o -> offer(out, keys, o, ascii));
        if (!sortKeys.isEmpty()) {
            out.add("  " + Text.fit(sortKeys, 20, "~") + " Sort by the underlined column letter; again reverses");
        }
        out.add("In every pane");
        all.stream().filter(o -> !o.verb().change() && own.stream().noneMatch(x -> x.verb() == o.verb()))
                .forEach(o -> offer(out, keys, o, ascii));
        rest(out, keys, readOnly, ascii, notes);
        return out;
    }

    private static void offer(List<String> out, KeyTable keys, Offer o, boolean ascii) {
        String names = keyNames(keys.bindings(Mode.TABLE, false), o.verb(), ascii);
        if (names.isEmpty()) {
            return;
        }
        out.add("  " + Text.fit(names, 20, "~") + " " + o.help());
        if (!o.available()) {
            out.add("  " + " ".repeat(20) + "   unavailable: " + o.unavailable());
        }
    }

    private static String keyNames(List<Binding> bindings, Verb v, boolean ascii) {
        return bindings.stream().filter(b -> b.verb() == v).flatMap(b -> b.keys().stream())
                .map(x -> KeyNames.display(x, ascii)).collect(Collectors.joining(" "));
    }

    private static void rest(List<String> out, KeyTable keys, boolean readOnly, boolean ascii, List<String> notes) {
        section(out, "In the detail view", keys.bindings(Mode.DETAIL, readOnly), ascii);
        section(out, "In help", keys.bindings(Mode.HELP, readOnly), ascii);
        out.add("");
        out.add("Command line (:, Tab completes, Up/Down history)");
        out.add("  :ws NAME              switch workspace");
        out.add("  :pane NAME|1-9        go to a pane");
        out.add("  :theme NAME|FILE      switch theme (dark, light, high-contrast, mono)");
        out.add("  :export csv|json FILE write the filtered pane to a file");
        out.add("  :refresh              reload everything");
        out.add("  :journal              the journal of changes (also J)");
        out.add("  :messages             this session's messages, with their times");
        out.add("  :activity since 24h   the Activity pane's window; also op NAME, ws NAME, actor TEXT, clear");
        out.add("  :profile NAME         another org of the config file, in place (also :ctx NAME)");
        if (!readOnly) {
            out.add("  :invite :role :add    changes in the shell's words (e.g. :role ana@x.com admin),");
            out.add("  :remove :revoke ...   confirmed in the same dialog as the change keys");
        }
        out.add("  :q                    quit");
        out.add("");
        out.add("Filter: / then type; ! at the start inverts; Enter keeps it, Esc clears it.");
        out.add("Messages: a change's outcome, warnings and errors stay on the status line until Esc (with no");
        out.add("filter) dismisses them or another action replaces them; refreshes never do.");
        if (readOnly) {
            out.add("Read-only mode: keys that change the org say so and change nothing (--write allows changes).");
        }
        out.addAll(notes);
        out.add("");
        section(out, "While typing (filter, command line, picker, forms and confirmations)",
                keys.bindings(Mode.INPUT, readOnly), ascii);
    }

    private static void section(List<String> out, String title, List<Binding> bindings, boolean ascii) {
        out.add(title);
        for (Binding b : bindings) {
            String k = b.keys().stream().map(x -> KeyNames.display(x, ascii)).collect(Collectors.joining(" "));
            out.add("  " + Text.fit(k, 20, "~") + " " + b.help());
        }
    }
}
