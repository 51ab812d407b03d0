package dev.lsorg.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.TextGUIGraphics;

/**
 * The backdrop behind the console's one window, which covers the whole screen: nothing of it is ever seen, so it
 * draws nothing, where Lanterna's default backdrop paints every cell of the screen once more on every frame.
 */
final class NoBackdrop extends EmptySpace {
    @Override
    protected ComponentRenderer<EmptySpace> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(EmptySpace component) {
                return TerminalSize.ONE;
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, EmptySpace component) {
                // covered by the full-screen window
            }
        };
    }
}
