package dev.lsorg.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Filters and order for the paged member lists ({@code .../members/active} and {@code .../members/pending}); null
 * or empty means "not given". The pending lists ignore the active-only filters ({@code isDisabled}, user ids).
 *
 * @param emails     exact emails to match
 * @param q          free-text search
 * @param sortBy     {@code name}, {@code email}, {@code role} or {@code created_at}
 * @param sortByDesc descending order when true
 * @param isDisabled only disabled (true) or enabled (false) members
 * @param userIds    only these user ids
 * @param lsUserIds  only these LangSmith user ids
 */
public record MemberQuery(List<String> emails, String q, String sortBy, Boolean sortByDesc, Boolean isDisabled,
                          List<UUID> userIds, List<UUID> lsUserIds) {
    /** No filter, the server's default order. */
    public static MemberQuery all() {
        return new MemberQuery(List.of(), null, null, null, null, List.of(), List.of());
    }

    /** Members with one of {@code emails}. */
    public static MemberQuery byEmails(List<String> emails) {
        return new MemberQuery(emails, null, null, null, null, List.of(), List.of());
    }

    /** Free-text search. */
    public static MemberQuery search(String text) {
        return new MemberQuery(List.of(), text, null, null, null, List.of(), List.of());
    }

    /** This query ordered by {@code field}. */
    public MemberQuery sortedBy(String field, boolean descending) {
        return new MemberQuery(emails, q, field, descending, isDisabled, userIds, lsUserIds);
    }

    Map<String, List<String>> activeQuery(int offset, int limit) {
        return ApiRequest.query("limit", limit, "offset", offset, "emails", emails, "q", q, "sort_by", sortBy,
                "sort_by_desc", sortByDesc, "is_disabled", isDisabled, "user_ids", userIds, "ls_user_ids", lsUserIds);
    }

    Map<String, List<String>> pendingQuery(int offset, int limit) {
        return ApiRequest.query("limit", limit, "offset", offset, "emails", emails, "q", q, "sort_by", sortBy,
                "sort_by_desc", sortByDesc);
    }
}
