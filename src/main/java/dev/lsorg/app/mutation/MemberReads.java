package dev.lsorg.app.mutation;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.api.MemberQuery;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentity;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * How the people checks read the org: each looks up only the people it is about, by email, through the member
 * lists' {@code emails} filter, rather than reading the whole member list (tens of megabytes on a 50,000-member
 * org) for one person. Each lookup asks for the email as given and in lower case (LangSmith's own clients send it
 * lower-cased), matches the answers case-insensitively, and reads page after page one at a time: a server that
 * honours the filter answers with one short page, and one that ignored it would still be read to the end, so a
 * person is never missed.
 */
final class MemberReads {
    /** Most people one request asks for: the query string stays well under the 4 KB a server's request line takes. */
    static final int EMAILS_PER_REQUEST = 25;

    private MemberReads() {
    }

    /** The org member {@code email}, if listed. */
    static Future<Optional<OrgMemberIdentity>> orgMember(LangSmithClient client, String email) {
        return client.orgMembers().active(query(List.of(email)), 1)
                .map(all -> find(all, email, OrgMemberIdentity::email));
    }

    /** The pending org invite of {@code email}, if listed. */
    static Future<Optional<OrgPendingIdentity>> orgInvite(LangSmithClient client, String email) {
        return client.orgMembers().pending(query(List.of(email)), 1)
                .map(all -> find(all, email, OrgPendingIdentity::email));
    }

    /** The member {@code email} of workspace {@code workspaceId}, if listed. */
    static Future<Optional<MemberIdentity>> workspaceMember(LangSmithClient client, UUID workspaceId, String email) {
        return client.workspaceMembers().active(workspaceId, query(List.of(email)), 1)
                .map(all -> find(all, email, MemberIdentity::email));
    }

    /** The pending invite of {@code email} to workspace {@code workspaceId}, if listed. */
    static Future<Optional<PendingIdentity>> workspaceInvite(LangSmithClient client, UUID workspaceId,
                                                             String email) {
        return client.workspaceMembers().pending(workspaceId, query(List.of(email)), 1)
                .map(all -> find(all, email, PendingIdentity::email));
    }

    /**
     * Which of {@code emails} (in lower case) are listed in the org as a member or with a pending invite; a batch
     * of invites is looked up {@value #EMAILS_PER_REQUEST} people per request.
     */
    static Future<Set<String>> inOrg(LangSmithClient client, List<String> emails) {
        List<Future<List<String>>> reads = new ArrayList<>();
        for (int from = 0; from < emails.size(); from += EMAILS_PER_REQUEST) {
            MemberQuery q = query(emails.subList(from, Math.min(emails.size(), from + EMAILS_PER_REQUEST)));
            reads.add(client.orgMembers().active(q, 1).map(all -> all.stream().map(OrgMemberIdentity::email)
                    .toList()));
            reads.add(client.orgMembers().pending(q, 1).map(all -> all.stream().map(OrgPendingIdentity::email)
                    .toList()));
        }
        return Future.all(reads).map(done -> {
            Set<String> listed = new HashSet<>();
            reads.forEach(r -> r.result().stream().filter(e -> e != null).map(MemberReads::lower)
                    .forEach(listed::add));
            return listed;
        });
    }

    // Each email as given and in lower case (once when they are the same).
    private static MemberQuery query(List<String> emails) {
        Set<String> forms = new LinkedHashSet<>();
        for (String e : emails) {
            forms.add(e.strip());
            forms.add(lower(e.strip()));
        }
        return MemberQuery.byEmails(List.copyOf(forms));
    }

    private static <T> Optional<T> find(List<T> listed, String email, Function<T, String> emailOf) {
        return listed.stream().filter(x -> email.strip().equalsIgnoreCase(emailOf.apply(x))).findFirst();
    }

    static String lower(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
