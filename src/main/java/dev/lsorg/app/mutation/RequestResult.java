package dev.lsorg.app.mutation;

import java.util.UUID;

/**
 * What became of one request of a change, with the reasons in words.
 *
 * @param target    who or what it acted on (an email, a key's description), or the change's title
 * @param operation {@code POST /api/v1/...}
 * @param verdict   done, refused, or unknown and what the check found
 * @param errorType the kind of error that ended it ({@code Conflict}, {@code Timeout} ...), or null
 * @param reason    the server's reason, or why the answer was lost; null when it was done
 * @param evidence  what reading the org again showed, or null when no check was needed
 * @param subject   the id of the object a check found (a new key), or null
 */
public record RequestResult(String target, String operation, Verdict verdict, String errorType, String reason,
                            String evidence, UUID subject) {

    /** One line: {@code target: verdict (reason; evidence)}. */
    public String describe() {
        StringBuilder b = new StringBuilder(target).append(": ").append(verdict.words());
        String why = reason == null ? evidence : evidence == null ? reason : reason + "; checked: " + evidence;
        return why == null ? b.toString() : b.append(" (").append(why).append(')').toString();
    }
}
