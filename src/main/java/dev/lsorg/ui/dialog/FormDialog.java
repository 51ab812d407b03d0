package dev.lsorg.ui.dialog;

import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.FormField;
import dev.lsorg.app.mutation.Problem;
import dev.lsorg.ui.render.Painter;
import dev.lsorg.ui.render.Text;
import dev.lsorg.ui.theme.Slot;
import java.util.List;
import java.util.Locale;

/**
 * A change's input form: one line per field (choices shown as {@code < value >}), the reason a field was refused
 * right under it, the focused free-text field's completions, and reasons that belong to no field at the bottom.
 */
public final class FormDialog {
    private static final int LABEL = 24;

    private FormDialog() {
    }

    /** Draws {@code f} in rows {@code top}..{@code bottom}; returns the cursor position or null. */
    public static int[] draw(Painter p, ChangeDialog.Form f, int top, int bottom, int width) {
        p.text(0, top, width, " " + f.kind().title(), p.style(Slot.DIALOG_TITLE));
        for (int r = top + 1; r <= bottom; r++) {
            p.fill(0, r, width, p.style(Slot.DIALOG));
        }
        int row = top + 1;
        if (!f.targets().isEmpty()) {
            row = targets(p, f, row, width);
        }
        int[] cursor = null;
        for (int i = 0; i < f.fields().size() && row < bottom; i++) {
            FormField field = f.fields().get(i);
            int end = field(p, field, i == f.focus(), row, width);
            if (i == f.focus() && field.choices().isEmpty()) {
                cursor = new int[] {Math.min(end, width - 1), row};
            }
            row = note(p, field, row + 1, bottom, width);
            row = problems(p, f.problems(), field.name(), row, bottom, width);
            if (i == f.focus()) {
                row = completions(p, field, row, bottom, width);
            }
        }
        others(p, f, row, bottom, width);
        return cursor;
    }

    private static int targets(Painter p, ChangeDialog.Form f, int row, int width) {
        List<String> names = f.names();
        String shown = names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
        p.text(0, row, width, " For: " + shown, p.style(Slot.DIALOG));
        return row + 2;
    }

    private static int field(Painter p, FormField field, boolean focused, int row, int width) {
        String label = " " + Text.fit(field.label(), LABEL - 2, "~") + " ";
        p.text(0, row, LABEL, label, p.style(Slot.DIALOG));
        String value = field.choices().isEmpty() ? field.value()
                : "< " + (field.value().isEmpty() ? "(none)" : field.value()) + " >";
        Slot slot = focused ? Slot.INPUT : Slot.DIALOG;
        p.text(LABEL, row, width - LABEL, "", p.style(slot));
        // Keep the end of a long list visible while it is typed; away from it, its start (cut with an ellipsis).
        int room = width - LABEL - 1;
        String visible = Text.width(value) <= room ? value : focused ? value.substring(value.length() - room)
                : Text.fit(value, room, p.glyphs().ellipsis()).stripTrailing();
        return p.word(LABEL, row, room, visible, p.style(slot));
    }

    // What the server will do when the field says nothing more (a key's Admin without RBAC), said where it is chosen.
    private static int note(Painter p, FormField field, int row, int bottom, int width) {
        if (field.note().isEmpty()) {
            return row;
        }
        for (DialogLines.Line l : new DialogLines(width - 6).add(field.note(), Slot.ROW_DIM).lines()) {
            if (row < bottom) {
                p.text(0, row++, width, "     " + l.text(), p.style(Slot.ROW_DIM));
            }
        }
        return row;
    }

    private static int problems(Painter p, List<Problem> problems, String field, int row, int bottom, int width) {
        for (Problem pr : problems) {
            if (pr.field().equals(field)) {
                row = reason(p, pr.reason(), row, bottom, width);
            }
        }
        return row;
    }

    private static int completions(Painter p, FormField field, int row, int bottom, int width) {
        List<String> hits = matches(field);
        if (field.completions().isEmpty() || hits.isEmpty() || row >= bottom) {
            return row;
        }
        String shown = String.join("  ", hits.size() > 8 ? hits.subList(0, 8) : hits)
                + (hits.size() > 8 ? "  (" + (hits.size() - 8) + " more)" : "");
        p.text(0, row, width, "   Tab: " + shown, p.style(Slot.ROW_DIM));
        return row + 1;
    }

    /** The completions matching the word being typed (after the last comma), case-insensitively. */
    public static List<String> matches(FormField field) {
        return field.matches();
    }

    /** The item being typed in a list field: the text after the last comma, trimmed. */
    public static String currentWord(String value) {
        return FormField.text("", "", value).currentWord();
    }

    private static void others(Painter p, ChangeDialog.Form f, int row, int bottom, int width) {
        List<Problem> rest = f.problems().stream().filter(pr -> f.fields().stream()
                .noneMatch(fd -> fd.name().equals(pr.field()))).toList();
        for (Problem pr : rest) {
            row = reason(p, pr.field().equals("server") ? "The server refused it: " + pr.reason() : pr.toString(),
                    row, bottom, width);
        }
    }

    // Reasons can be long (every 422 field, a list of roles): wrap them rather than cut them.
    private static int reason(Painter p, String text, int row, int bottom, int width) {
        List<DialogLines.Line> lines = new DialogLines(width - 6).add(text, Slot.STATUS_ERROR).lines();
        for (int i = 0; i < lines.size() && row < bottom; i++) {
            p.text(0, row++, width, (i == 0 ? "   ! " : "     ") + lines.get(i).text(), p.style(Slot.STATUS_ERROR));
        }
        return row;
    }

    /** The hint bar while a form is open. */
    public static String hints(ChangeDialog.Form f) {
        boolean list = f.focused().list();
        boolean choice = !f.focused().choices().isEmpty();
        return " Enter " + (list ? "next item (on empty item: review)" : "review") + "  Tab/Up/Down field  "
                + (choice ? "Left/Right choose  " : "") + "Esc cancel";
    }
}
