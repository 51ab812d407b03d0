package dev.lsorg.app.mutation;

/**
 * One reason an input cannot become a change, tied to the field it is about so a form can show it next to that
 * field and the shell can print it as {@code field: reason}.
 *
 * @param field  the input field ({@code email}, {@code name}, {@code role}, ...) or {@code mode}/{@code permission}
 * @param reason the reason in words
 */
public record Problem(String field, String reason) {
    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
