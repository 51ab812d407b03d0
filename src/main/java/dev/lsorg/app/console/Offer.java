package dev.lsorg.app.console;

import dev.lsorg.app.Verb;

/**
 * A verb the context on screen answers to, as the hint bar and help show it: its label here (a change verb is
 * named for what it does in this pane) and, when it cannot be used now, why.
 *
 * @param verb        the verb
 * @param label       short label for the hint bar, "" to keep it out of the bar
 * @param help        the sentence help shows
 * @param unavailable why it cannot be used now (read-only, a missing permission, still loading), or null
 */
public record Offer(Verb verb, String label, String help, String unavailable) {
    /** A verb as it is, always available. */
    public static Offer of(Verb v) {
        return new Offer(v, v.hint(), v.help(), null);
    }

    /** Whether it can be used now. */
    public boolean available() {
        return unavailable == null;
    }
}
