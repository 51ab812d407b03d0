package dev.lsorg.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Overlay;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Line editing shared by the filter, the command line and the picker: typing, Backspace, Ctrl-U, history. */
final class TextInput {
    private TextInput() {
    }

    /** The text after {@code k}, or empty when {@code k} is not an editing key. */
    static Optional<String> edit(String text, KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            return Optional.of(text + k.getCharacter());
        }
        if (k.getKeyType() == KeyType.Backspace && !text.isEmpty()) {
            return Optional.of(text.substring(0, text.length() - 1));
        }
        if (k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'u') {
            return Optional.of("");
        }
        return Optional.empty();
    }

    /** Filter typing: edits the pane's filter live; Enter keeps it, Esc clears it. */
    static void filter(AppState s, KeyStroke k, Consumer<Action> out) {
        String text = s.paneState(s.pane()).filter();
        KeyType t = k.getKeyType();
        if (t == KeyType.Enter) {
            out.accept(new Action.OverlayChanged(Overlay.NONE));
        } else if (t == KeyType.Escape) {
            out.accept(new Action.FilterChanged(s.pane(), ""));
            out.accept(new Action.OverlayChanged(Overlay.NONE));
        } else {
            edit(text, k).ifPresent(f -> out.accept(new Action.FilterChanged(s.pane(), f)));
        }
    }

    /** Browses {@code history} from the command line; older with {@code up}. */
    static Overlay.CommandLine history(List<String> history, Overlay.CommandLine cl, boolean up) {
        if (history.isEmpty()) {
            return cl;
        }
        int pos = cl.history() < 0 ? history.size() : cl.history();
        pos = up ? Math.max(0, pos - 1) : pos + 1;
        if (pos >= history.size()) {
            return new Overlay.CommandLine("", -1, "");
        }
        return new Overlay.CommandLine(history.get(pos), pos, "");
    }
}
