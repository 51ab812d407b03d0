package dev.lsorg.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * The paging, sorting and filtering of the four {@code .../members/active} and {@code .../members/pending}
 * lists: {@code limit} 1..500 (default 50), {@code offset} &gt;= 0, {@code sort_by} name|email|role|created_at
 * (default created_at, descending), {@code emails} (exact, case-insensitive), {@code q} (substring of email or
 * name), and for active lists {@code ls_user_ids}, {@code user_ids} and {@code is_disabled}. Ties sort by id so
 * pages never overlap.
 */
final class MemberFilter {
    private static final List<String> SORTS = List.of("name", "email", "role", "created_at");

    /** What the filter needs to know of one list item. */
    record Row(UUID id, String email, String name, String role, Instant createdAt, UUID userId, UUID lsUserId,
               boolean disabled) {
    }

    private final int limit;
    private final int offset;
    private final List<String> emails;
    private final String q;
    private final String sortBy;
    private final boolean desc;
    private final List<UUID> lsUserIds;
    private final List<UUID> userIds;
    private final Boolean disabled;

    private MemberFilter(QueryParams p, boolean active) {
        limit = p.integer("limit", 50, 1, 500);
        offset = p.integer("offset", 0, 0, -1);
        emails = p.strings("emails").stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).toList();
        q = p.string("q");
        sortBy = p.oneOf("sort_by", "created_at", SORTS);
        desc = p.bool("sort_by_desc", true);
        lsUserIds = active ? p.uuids("ls_user_ids") : List.of();
        userIds = active ? p.uuids("user_ids") : List.of();
        disabled = active ? p.bool("is_disabled") : null;
        p.done();
    }

    static MemberFilter active(QueryParams p) {
        return new MemberFilter(p, true);
    }

    static MemberFilter pending(QueryParams p) {
        return new MemberFilter(p, false);
    }

    /** One matching item with its sort key and tie-breaker, each computed once rather than per comparison. */
    private record Keyed<T>(T item, Comparable<Object> key, UUID id) {
    }

    /**
     * Ascending by key (nulls first), ties by id as text (the id's hexadecimal form, compared without making the
     * string); the descending order is its exact reverse.
     */
    private static final Comparator<Keyed<?>> ASCENDING = Comparator
            .comparing((Keyed<?> k) -> k.key(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Keyed::id, MemberFilter::compareAsText);

    /** Filters, sorts and cuts one page out of {@code items}. */
    <T> List<T> apply(List<T> items, Function<T, Row> row) {
        return page(ordered(items, row));
    }

    /**
     * Every matching item of {@code items} in this filter's order, before the page is cut: the part a
     * {@link Derived} keeps between the pages of one read.
     */
    <T> List<T> ordered(List<T> items, Function<T, Row> row) {
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        String needle = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        for (T item : items) {
            Row r = row.apply(item);
            if (matches(r, needle)) {
                keyed.add(new Keyed<>(item, sortKey(r), r.id()));
            }
        }
        keyed.sort(desc ? ASCENDING.reversed() : ASCENDING);
        return keyed.stream().map(Keyed::item).toList();
    }

    /** The page {@code limit} and {@code offset} ask for out of an {@link #ordered} list. */
    <T> List<T> page(List<T> ordered) {
        int from = Math.min(offset, ordered.size());
        int to = Math.min(from + limit, ordered.size());
        return ordered.subList(from, to);
    }

    /** What decides the order and the matches: every parameter but the page's {@code limit} and {@code offset}. */
    String orderKey() {
        return String.join("|", String.valueOf(emails), String.valueOf(q), sortBy, String.valueOf(desc),
                String.valueOf(lsUserIds), String.valueOf(userIds), String.valueOf(disabled));
    }

    @SuppressWarnings("unchecked")
    private Comparable<Object> sortKey(Row r) {
        Comparable<?> key = switch (sortBy) {
            case "name" -> lower(r.name() != null ? r.name() : r.email());
            case "email" -> lower(r.email());
            case "role" -> r.role();
            default -> r.createdAt();
        };
        return (Comparable<Object>) key;
    }

    /** Orders two ids as their lower-case hexadecimal text would order (the two longs hold the digits in order). */
    static int compareAsText(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private boolean matches(Row r, String needle) {
        return (emails.isEmpty() || emails.contains(lower(r.email())))
                && (needle == null || lower(r.email()).contains(needle)
                    || (r.name() != null && lower(r.name()).contains(needle)))
                && (lsUserIds.isEmpty() || lsUserIds.contains(r.lsUserId()))
                && (userIds.isEmpty() || userIds.contains(r.userId()))
                && (disabled == null || disabled == r.disabled());
    }
}
