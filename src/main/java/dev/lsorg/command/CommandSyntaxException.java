package dev.lsorg.command;

/** A command line that does not fit the grammar: the message says what is wrong, the usage says what would fit. */
public final class CommandSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String usage;

    /** A syntax error with the usage line of the command it concerns ({@code null} if no command was found). */
    public CommandSyntaxException(String message, String usage) {
        super(message);
        this.usage = usage;
    }

    /** The usage line of the command, or {@code null}. */
    public String usage() {
        return usage;
    }
}
