package dev.lsorg.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a user expects from a shell: spaces separate, single or double quotes
 * keep spaces in one word, a backslash escapes the next character.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** The words of {@code line}; throws if a quote is left open. */
    public static List<String> split(String line) throws ShellSyntaxException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && quote != '\'') {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                inWord = flush(word, inWord, words);
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new ShellSyntaxException("unclosed " + quote + " quote", null);
        }
        flush(word, inWord, words);
        return words;
    }

    private static boolean flush(StringBuilder word, boolean inWord, List<String> words) {
        if (inWord) {
            words.add(word.toString());
            word.setLength(0);
        }
        return false;
    }
}
