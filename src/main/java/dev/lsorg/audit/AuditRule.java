package dev.lsorg.audit;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One audit rule: a stable id, a fixed severity, a one-line title for the rule list, and a pure check over an
 * {@link AuditContext}. Rules are data ({@link #of}) so the catalogue, the README table and {@code --list-rules}
 * come from one list.
 *
 * @param id       stable id, {@code area.what}, used in every output and never renamed
 * @param severity the severity of every finding this rule reports
 * @param title    what the rule looks for, in a few words
 * @param check    the check; it receives this rule so it can build findings with {@link #finding}
 */
public record AuditRule(String id, Severity severity, String title,
                        BiFunction<AuditRule, AuditContext, List<Finding>> check) {

    /** Declares a rule. */
    public static AuditRule of(String id, Severity severity, String title,
                               BiFunction<AuditRule, AuditContext, List<Finding>> check) {
        return new AuditRule(id, severity, title, check);
    }

    /** Runs the check. */
    public List<Finding> run(AuditContext context) {
        return check.apply(this, context);
    }

    /** A finding of this rule about {@code object}. */
    public Finding finding(ObjectRef object, String evidence, String fix) {
        return new Finding(severity, id, object, evidence, fix);
    }
}
