package dev.lsorg.app;

import java.util.List;

/**
 * One input of a change form.
 *
 * @param name        the factory's field name ({@code emails}, {@code role} ...), which problems refer to
 * @param label       what the form shows
 * @param value       the text typed or the choice made
 * @param choices     the values Left/Right cycle through, or empty for free text
 * @param completions what Tab completes free text from (e.g. org members not yet in the workspace), or empty
 * @param list        a list field: Enter adds a separator (so a pasted list of lines stays in the field)
 * @param note        what the form says under the field (a server default it relies on), or ""
 */
public record FormField(String name, String label, String value, List<String> choices, List<String> completions,
                        boolean list, String note) {
    /** A free-text field. */
    public static FormField text(String name, String label, String value) {
        return new FormField(name, label, value, List.of(), List.of(), false, "");
    }

    /** A choice among {@code choices}, starting at {@code value}. */
    public static FormField choice(String name, String label, String value, List<String> choices) {
        return new FormField(name, label, value, List.copyOf(choices), List.of(), false, "");
    }

    /** The same field with another value. */
    public FormField withValue(String v) {
        return new FormField(name, label, v, choices, completions, list, note);
    }

    /** The same field completing from {@code options}. */
    public FormField completing(List<String> options, boolean isList) {
        return new FormField(name, label, value, choices, List.copyOf(options), isList, note);
    }

    /** The same field with {@code text} said under it. */
    public FormField noting(String text) {
        return new FormField(name, label, value, choices, completions, list, text);
    }

    /** The next (or previous) choice. */
    public FormField cycled(int delta) {
        if (choices.isEmpty()) {
            return this;
        }
        int i = Math.max(0, choices.indexOf(value));
        return withValue(choices.get(Math.floorMod(i + delta, choices.size())));
    }

    /** The item being typed in a list field: the text after the last comma or line break, trimmed. */
    public String currentWord() {
        int comma = Math.max(value.lastIndexOf(','), value.lastIndexOf('\n'));
        return value.substring(comma + 1).strip();
    }

    /** The completions matching the item being typed, case-insensitively. */
    public List<String> matches() {
        String word = currentWord().toLowerCase(java.util.Locale.ROOT);
        return completions.stream().filter(c -> c.toLowerCase(java.util.Locale.ROOT).contains(word)).toList();
    }

    /** This field with its current item completed, when Tab has exactly one completion to add. */
    public java.util.Optional<FormField> completed() {
        List<String> hits = matches();
        String word = currentWord();
        if (completions.isEmpty() || hits.size() != 1 || word.isEmpty() || hits.get(0).equals(word)) {
            return java.util.Optional.empty();
        }
        int cut = Math.max(value.lastIndexOf(','), value.lastIndexOf('\n'));
        String head = cut < 0 ? "" : value.substring(0, cut + 1) + " ";
        return java.util.Optional.of(withValue(head + hits.get(0)));
    }
}
