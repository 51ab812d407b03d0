package dev.lsorg.audit;

/**
 * Something the audit could not see or check, reported beside the findings so that an audit that is incomplete
 * says so: for example other members' PATs that the key could not list, or tokens whose owner is unknown to a rule
 * that needs it.
 *
 * @param about the rule id the note concerns, or the kind of data ({@code personal_access_tokens})
 * @param text  one or two sentences for people
 */
public record Note(String about, String text) {
}
