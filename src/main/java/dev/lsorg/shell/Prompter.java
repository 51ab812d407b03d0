package dev.lsorg.shell;

/** Asks the person (or the script) one question and returns the answer line, or {@code null} at end of input. */
@FunctionalInterface
public interface Prompter {
    /** Shows {@code question} and reads one line. */
    String ask(String question);
}
