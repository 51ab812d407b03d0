package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;

/**
 * One difference between two snapshots, such as a member added or a setting changed.
 *
 * @param type   what happened, {@code area.action}: {@code member.added}, {@code workspace.renamed}, {@code
 *               setting.changed} ...
 * @param object the object that changed
 * @param field  the field that changed, for changes of a value (role, setting, name); null otherwise
 * @param before the old value, null when there was none
 * @param after  the new value, null when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String type, ObjectRef object, String field, String before, String after) {
    private static final List<String> AREAS = List.of("organization", "setting", "plan", "role", "workspace",
            "workspace-member", "member", "invite", "key", "pat");

    /** Report order: by area (org first, keys last), then object name, field and type. */
    public static final Comparator<Change> ORDER = Comparator
            .comparingInt((Change c) -> AREAS.indexOf(c.area()))
            .thenComparing(c -> c.object().name())
            .thenComparing(c -> c.field() == null ? "" : c.field())
            .thenComparing(Change::type);

    /** A change with no value: something appeared or disappeared. */
    public static Change of(String type, ObjectRef object) {
        return new Change(type, object, null, null, null);
    }

    /** The part of the type before the dot. */
    public String area() {
        return type.substring(0, type.indexOf('.'));
    }

    /** {@code +} for additions, {@code -} for removals, {@code ~} for everything else. */
    public String sign() {
        String action = type.substring(type.indexOf('.') + 1);
        return switch (action) {
            case "added", "created", "sent" -> "+";
            case "removed", "deleted", "revoked" -> "-";
            default -> "~";
        };
    }
}
