package dev.lsorg.app;

/**
 * What the user means by a key (or a click), as the console's contexts understand it: the only thing that crosses
 * from the keyboard into {@code app}. The key table turns keys into {@link Verb}s; a character no binding claims
 * while typing is {@link Typed}.
 */
public sealed interface Intent permits Verb, Intent.Typed, Intent.Unbound, Intent.Clicked {
    /** Text typed into the input that has the keyboard (the filter, the command line, a form field). */
    record Typed(String text) implements Intent {
    }

    /** A click on the row {@code rowId} of the pane on screen (a click on the selected row opens it). */
    record Clicked(String rowId) implements Intent {
    }

    /** A key that means nothing in this mode (named for the contexts that react to any key, like quit's). */
    record Unbound(String key) implements Intent {
    }
}
