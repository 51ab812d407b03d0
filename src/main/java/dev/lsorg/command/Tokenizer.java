package dev.lsorg.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a user expects from a shell: spaces separate, single or double quotes
 * keep spaces in one word, a backslash escapes the next character (except inside single quotes).
 */
public final class Tokenizer {
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private char quote;

    private Tokenizer() {
    }

    /** The words of {@code line}; throws if a quote is left open. */
    public static List<String> split(String line) throws CommandSyntaxException {
        Tokenizer t = new Tokenizer();
        for (int i = 0; i < line.length(); i++) {
            i = t.take(line, i);
        }
        if (t.quote != 0) {
            throw new CommandSyntaxException("unclosed " + t.quote + " quote", null);
        }
        t.flush();
        return t.words;
    }

    /** Consumes the character at {@code i} (and the escaped one after it); returns the last index used. */
    private int take(String line, int i) {
        char c = line.charAt(i);
        if (c == '\\' && i + 1 < line.length() && quote != '\'') {
            append(line.charAt(i + 1));
            return i + 1;
        }
        if (quote != 0) {
            quote = c == quote ? 0 : quote;
            if (quote != 0) {
                word.append(c);
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
            inWord = true;
        } else if (Character.isWhitespace(c)) {
            flush();
        } else {
            append(c);
        }
        return i;
    }

    private void append(char c) {
        word.append(c);
        inWord = true;
    }

    private void flush() {
        if (inWord) {
            words.add(word.toString());
            word.setLength(0);
            inWord = false;
        }
    }
}
