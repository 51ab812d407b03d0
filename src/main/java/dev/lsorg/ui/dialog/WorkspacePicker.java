package dev.lsorg.ui.dialog;

import dev.lsorg.app.console.PickerContext;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.ui.render.Painter;
import dev.lsorg.ui.render.Text;
import dev.lsorg.ui.theme.Slot;
import java.util.List;
import java.util.UUID;

/** The workspace picker: a box over the pane listing live workspaces that match what is typed. */
public final class WorkspacePicker {
    private WorkspacePicker() {
    }

    /** Live workspaces whose name or handle contains {@code query}, case-insensitively. */
    public static List<TenantForUser> matches(List<TenantForUser> all, String query) {
        return PickerContext.matches(all, query);
    }

    /** Draws the picker box centred in the body area. */
    public static void draw(Painter p, List<TenantForUser> matches, String query, int index, UUID current,
                            int top, int rows, int width) {
        int w = Math.min(60, width - 4);
        int h = Math.min(matches.size() + 3, rows);
        int x = (width - w) / 2;
        p.text(x, top, w, " Workspace " + p.glyphs().separator() + " type to filter, Enter picks, Esc cancels",
                p.style(Slot.DIALOG_TITLE));
        p.text(x, top + 1, w, " > " + Text.sanitize(query), p.style(Slot.INPUT));
        int visible = Math.max(1, h - 2);
        int off = Math.max(0, index - visible + 1);
        for (int i = 0; i < visible; i++) {
            int k = off + i;
            String label = k < matches.size() ? (matches.get(k).id().equals(current) ? " * " : "   ")
                    + matches.get(k).displayName() : "";
            Slot slot = k == index && k < matches.size() ? Slot.ROW_SELECTED : Slot.DIALOG;
            p.text(x, top + 2 + i, w, label, p.style(slot));
        }
        if (matches.isEmpty()) {
            p.text(x, top + 2, w, "   no workspace matches", p.style(Slot.DIALOG));
        }
        frame(p, x - 1, top, w + 2, h, rows, width);
    }

    // A frame of its own, so the box stands out from the table where colours do not (mono, NO_COLOR).
    private static void frame(Painter p, int x, int top, int w, int h, int rows, int width) {
        String vertical = p.glyphs().separator();
        for (int r = top; r < top + h; r++) {
            if (x >= 0) {
                p.text(x, r, 1, vertical, p.style(Slot.DIALOG_TITLE));
            }
            if (x + w - 1 < width) {
                p.text(x + w - 1, r, 1, vertical, p.style(Slot.DIALOG_TITLE));
            }
        }
        if (h < rows) {
            p.text(Math.max(0, x), top + h, Math.min(w, width - Math.max(0, x)), p.glyphs().rule().repeat(w),
                    p.style(Slot.DIALOG_TITLE));
        }
    }
}
