package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Landing;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Reducer;
import dev.lsorg.app.Step;
import dev.lsorg.app.Verb;
import dev.lsorg.app.pane.Panes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The console's contexts, one per pane table and per overlay, and the pure function that turns an intent into the
 * next state and effects: the context on screen decides what the intent means (as actions), and the
 * {@link Reducer} applies them in order. Ctrl-C asks to quit from anywhere.
 */
public final class Contexts {
    private final Reducer reducer = new Reducer();
    private final TableContext table;
    private final DetailContext detail;
    private final HelpContext help;
    private final FilterContext filter = new FilterContext();
    private final CommandLineContext commandLine;
    private final PickerContext picker = new PickerContext();
    private final QuitContext quit = new QuitContext();
    private final ChangeContexts changes;
    private final ChangeOffers offers;
    private final Selection selection;

    /**
     * Contexts reading rows through {@code panes}, making changes through {@code changes} (null: the console only
     * reads), completing {@code :theme} from {@code themes}.
     */
    public Contexts(Panes panes, Supplier<ChangeSupport> changes, List<String> themes) {
        this(panes, changes, themes, List::of);
    }

    /** The same, {@code :profile} switching among {@code profiles} (the config file's). */
    public Contexts(Panes panes, Supplier<ChangeSupport> changes, List<String> themes,
                    Supplier<List<String>> profiles) {
        this.selection = new Selection(panes);
        ChangeStarts starts = new ChangeStarts(changes, selection);
        this.offers = new ChangeOffers(changes);
        this.table = new TableContext(panes, selection, starts, offers);
        this.detail = new DetailContext(table);
        this.help = new HelpContext();
        this.commandLine = new CommandLineContext(panes, starts, changes, themes, profiles);
        this.changes = new ChangeContexts(changes);
    }

    /** The next state and effects for intent {@code i} at {@code at}. */
    public Step handle(AppState s, Intent i, Instant at) {
        Out out = new Out(at);
        if (i == Verb.INTERRUPT && !(s.overlay() instanceof Overlay.QuitConfirm)) {
            out.show(new Overlay.QuitConfirm());
        } else {
            of(s).handle(s, i, out);
        }
        return fold(s, out.actions());
    }

    /** How keys are read in the context on screen. */
    public Mode mode(AppState s) {
        return of(s).mode();
    }

    /** What the context on screen offers, its own verbs first, each with its label and why it is unavailable. */
    public List<Offer> offers(AppState s) {
        return of(s).offers(s);
    }

    /** What a pane's table offers in {@code s}, whatever is open over it (the hint bar keeps them for the picker). */
    public List<Offer> tableOffers(AppState s) {
        return table.offers(s);
    }

    /** The pane's own keys as it offers them (what Enter, d and the change verbs do there), for help. */
    public List<Offer> ownOffers(AppState s) {
        return offers.offers(s);
    }

    /**
     * The change verbs this API key cannot use in any pane, with the reason, for help: each is {verb name, pane
     * title, reason}.
     */
    public List<String[]> disabledChanges(AppState s) {
        return offers.disabled(s);
    }

    /**
     * {@code step} and, once a change's pane has reloaded, the selection moved onto the row it created or changed
     * (issue 14: after a change the cursor lands on what it made).
     */
    public Step land(Step step) {
        AppState s = step.state();
        Landing l = s.landing();
        if (l == null || !s.changes().idle() || l.pane().resources().stream().anyMatch(r -> s.load(r).loading())) {
            return step;
        }
        List<Action> actions = new ArrayList<>();
        if (s.pane() == l.pane() && s.overlay() instanceof Overlay.None) {
            selection.view(s, l.pane()).rows().stream().filter(r -> shows(r, l.names())).findFirst()
                    .ifPresent(r -> actions.add(new Action.RowSelected(l.pane(), r.id())));
        }
        actions.add(new Action.Landed());
        Step landed = fold(s, actions);
        List<dev.lsorg.app.Effect> effects = new ArrayList<>(step.effects());
        effects.addAll(landed.effects());
        return new Step(landed.state(), List.copyOf(effects));
    }

    private static boolean shows(Row r, List<String> names) {
        for (String n : names) {
            if (n.equalsIgnoreCase(r.copy() == null ? "" : r.copy())
                    || java.util.Arrays.stream(r.cells()).anyMatch(n::equalsIgnoreCase)) {
                return true;
            }
        }
        return false;
    }

    /** The context of what is on screen in {@code s}. */
    Context of(AppState s) {
        Overlay o = s.overlay();
        if (o instanceof Overlay.QuitConfirm) {
            return quit;
        } else if (o instanceof Overlay.FilterInput) {
            return filter;
        } else if (o instanceof Overlay.CommandLine) {
            return commandLine;
        } else if (o instanceof Overlay.Picker) {
            return picker;
        } else if (o instanceof Overlay.Change ch) {
            return changes.of(ch.dialog());
        } else if (o instanceof Overlay.Detail) {
            return detail;
        }
        return o instanceof Overlay.Help ? help : table;
    }

    private Step fold(AppState s, List<Action> actions) {
        List<dev.lsorg.app.Effect> effects = new ArrayList<>();
        for (Action a : actions) {
            Step step = reducer.reduce(s, a);
            s = step.state();
            effects.addAll(step.effects());
        }
        return new Step(s, List.copyOf(effects));
    }
}
