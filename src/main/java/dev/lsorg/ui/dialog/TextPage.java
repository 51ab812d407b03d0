package dev.lsorg.ui.dialog;

import dev.lsorg.ui.render.Painter;
import dev.lsorg.ui.render.Text;
import dev.lsorg.ui.theme.Slot;
import dev.lsorg.ui.theme.Style;
import java.util.List;

/**
 * A scrollable page of lines that replaces the table (detail view, raw JSON, help): a title, then as many lines as
 * fit from {@code scroll} on, with a "more" marker when lines remain.
 */
public final class TextPage {
    private TextPage() {
    }

    /** Draws {@code lines} from {@code scroll} in rows {@code top} to {@code top + rows - 1}; returns the used scroll. */
    public static int draw(Painter p, String title, List<String> lines, int scroll, int top, int rows, int width) {
        p.text(0, top - 2, width, title, p.style(Slot.DIALOG_TITLE));
        int max = Math.max(0, lines.size() - rows);
        int s = Math.max(0, Math.min(scroll, max));
        Style body = p.style(Slot.DIALOG);
        for (int i = 0; i < rows + 1; i++) {
            String line = s + i < lines.size() ? lines.get(s + i) : "";
            p.text(0, top - 1 + i, width, " " + line, body);
        }
        if (s < max) {
            String more = " " + p.glyphs().down() + " " + (max - s) + " more ";
            p.word(width - Text.width(more), top + rows - 1, width, more, p.style(Slot.PANE_TITLE));
        }
        return s;
    }

    /** Label/value pairs as aligned lines, labels padded to the longest (at most 24 columns). */
    public static List<String> fields(List<String[]> pairs) {
        int w = Math.min(24, pairs.stream().mapToInt(kv -> Text.width(Text.sanitize(kv[0]))).max().orElse(0));
        return pairs.stream().map(kv -> Text.fit(Text.sanitize(kv[0]), w, "~") + "  "
                + Text.sanitize(kv[1] == null ? "-" : kv[1])).toList();
    }
}
