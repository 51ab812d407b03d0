package dev.lsorg.app.rows;

import dev.lsorg.app.JournalLinks;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.audit.ActivityNames;
import dev.lsorg.model.ActivityRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Renders the org's audit-log records for the Activity pane, newest first: when (UTC), who (a service key by its
 * description, a PAT by its owner), the operation, the workspace and the objects as they are named now. Removals
 * are flagged; the detail shows the record in full with the journal lines of the change when lsorg made it.
 */
public final class ActivityRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("TIME UTC", 11, 0, 0), Column.of("ACTOR", 16, 3, 0),
            Column.of("OPERATION", 20, 1, 0), Column.of("WORKSPACE", 10, 0, 1), Column.of("OBJECTS", 12, 2, 1));
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ActivityRows() {
    }

    /** One row per record whose actor's name contains {@code actor} (ignoring case; "" keeps all). */
    public static List<Row> rows(List<ActivityRecord> records, ActivityNames names, String actor) {
        return rows(records, names, actor, List.of());
    }

    /**
     * The same; a record of a change made in a console served over SSH ({@code lsorg serve}) names, beside the API
     * key LangSmith logged as its actor, the person the {@code journal} says made it.
     */
    public static List<Row> rows(List<ActivityRecord> records, ActivityNames names, String actor,
                                 List<JournalEntry> journal) {
        String needle = actor == null ? "" : actor.toLowerCase(Locale.ROOT);
        List<Row> out = new ArrayList<>(records.size());
        for (ActivityRecord r : records) {
            String person = journal.isEmpty() ? null : person(JournalLinks.of(r, journal));
            // The person first: the key's name is long and the column may cut it.
            String who = (person == null ? "" : person + " via ") + names.actor(r);
            if (needle.isEmpty() || who.toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(row(r, who, names));
            }
        }
        return out;
    }

    private static Row row(ActivityRecord r, String who, ActivityNames names) {
        String[] cells = {MINUTE.format(r.time()), who, r.operation(), names.workspace(r.workspaceId()),
            objects(r, names)};
        String[] sort = {String.format("%020d", r.time().toEpochMilli()),
            WorkspaceRows.lower(who), r.operation(), WorkspaceRows.lower(cells[3]), WorkspaceRows.lower(cells[4])};
        int flags = r.operation().startsWith("delete_") ? Row.WARN : 0;
        List<UUID> ids = r.resourceIds();
        return Row.of(id(r), cells, sort, flags, ids.isEmpty() ? id(r) : ids.get(0).toString(), r);
    }

    /** The person the journal lines of a change name (a served session's), or null. */
    static String person(List<JournalEntry> links) {
        return links.stream().map(JournalEntry::person).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** A record's row id: its own id (unique across panes, since no object has it). */
    public static String id(ActivityRecord r) {
        return r.uid() != null ? r.uid().toString() : "activity-" + r.time().toEpochMilli() + "-" + r.operation();
    }

    private static String objects(ActivityRecord r, ActivityNames names) {
        List<String> out = new ArrayList<>();
        for (UUID id : r.resourceIds()) {
            ActivityNames.Named n = names.object(id);
            out.add(n.exists() ? n.name() : n.name() + " (not listed)");
        }
        return out.isEmpty() ? "-" : String.join(", ", out);
    }

    /**
     * Field lines for one record: when, what, who with the key and user ids, where, the objects as named now, the
     * request, the record's id, this lsorg's journal lines of the change ({@code links}) and where Enter goes.
     */
    public static List<String[]> detail(ActivityRecord r, ActivityNames names, List<JournalEntry> links, String goTo,
                                        Instant now) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Time", SECOND.format(r.time()) + " (" + Ages.ago(r.time(), now) + ")"});
        out.add(new String[] {"Operation", r.operation() + " (" + r.event().activityName() + ", "
                + r.event().status() + ")"});
        out.add(new String[] {"Actor", names.actor(r)});
        String person = person(links);
        if (person != null) {
            // LangSmith logs the host's key; the journal knows who was at the served console.
            out.add(new String[] {"Person", person + " (lsorg serve, SSH key " + sshKey(links) + ")"});
        }
        out.add(new String[] {"Key id", r.actorCredential() == null ? "-" : r.actorCredential().toString()});
        out.add(new String[] {"User id", r.actorUser() == null ? "- (a service key acts for no user)"
                : r.actorUser().toString()});
        out.add(new String[] {"Workspace", r.workspaceId() == null ? "- (org level)"
                : names.workspace(r.workspaceId()) + " (" + r.workspaceId() + ")"});
        objectLines(out, r, names);
        out.add(new String[] {"Request", r.method() + " " + r.path()});
        out.add(new String[] {"Record id", r.uid() == null ? "-" : r.uid().toString()});
        journalLines(out, links);
        out.add(new String[] {"Go to", goTo});
        return out;
    }

    private static void objectLines(List<String[]> out, ActivityRecord r, ActivityNames names) {
        List<UUID> ids = r.resourceIds();
        if (ids.isEmpty()) {
            out.add(new String[] {"Objects", "-"});
        }
        for (int i = 0; i < ids.size(); i++) {
            out.add(new String[] {i == 0 ? "Objects" : "", names.object(ids.get(i)).label()});
            out.add(new String[] {"", "  " + ids.get(i)});
        }
    }

    private static String sshKey(List<JournalEntry> links) {
        return links.stream().map(JournalEntry::sshKey).filter(java.util.Objects::nonNull).findFirst().orElse("-");
    }

    private static void journalLines(List<String[]> out, List<JournalEntry> links) {
        if (links.isEmpty()) {
            out.add(new String[] {"Journal", "- (not a change of this lsorg, or its journal is elsewhere)"});
        }
        for (int i = 0; i < links.size(); i++) {
            JournalEntry e = links.get(i);
            String outcome = e.outcome() == null ? "" : e.outcome().toUpperCase(Locale.ROOT) + "  ";
            out.add(new String[] {i == 0 ? "Journal" : "", SECOND.format(e.time()) + "  " + outcome + e.change()
                    + (e.person() == null ? "" : "  by " + e.person())});
        }
    }
}
