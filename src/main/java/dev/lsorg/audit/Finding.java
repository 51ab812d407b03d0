package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;

/**
 * One audit result: how bad it is, which rule found it, the object it is about, what was seen and the one-sentence
 * fix.
 *
 * @param severity how urgent
 * @param ruleId   the stable rule id, such as {@code keys.never-expire}
 * @param object   the object concerned
 * @param evidence what the data shows, with ids, names, dates and counts
 * @param fix      one sentence telling the operator what to do
 */
public record Finding(Severity severity, @JsonProperty("rule") String ruleId, ObjectRef object,
                      String evidence, String fix) {

    /** Report order: most severe first, then by rule id, object name and object id, so output is stable. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.object().name())
            .thenComparing(f -> f.object().id());
}
