package dev.lsorg.app.mutation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the journal. A change writes two: its <em>intent</em> (the requests as they were shown, key masked,
 * and the checks that tell what they did), written and forced to disk before the first request leaves, then its
 * <em>outcome</em> with each request's verdict. An intent without an outcome is a change whose end was never
 * seen (a kill, a crash): the next start reconciles it. A dry run writes one outcome line. Never holds a secret.
 *
 * @param time       when the line was written
 * @param id         the change's id, shared by its intent and outcome lines (null in lines older than intents)
 * @param phase      {@code intent} or {@code outcome} (null in older lines, which are outcomes)
 * @param pid        the process that wrote it (an intent of a live process is still in flight)
 * @param endpoint   the API base the requests went to (only changes to the same server are checked later)
 * @param profile    the config profile in use, or {@code null}
 * @param org        the org's name and id
 * @param workspace  the workspace the change was scoped to, or {@code null} for org-wide changes
 * @param change     the change in words
 * @param kind       the kind of change ({@link MutationKind} name)
 * @param targets    every target of the change
 * @param requests   each request as previewed (method, path, masked headers, body)
 * @param checks     how to tell by reading the org what each request did (intent lines)
 * @param outcome    {@code intent}, or the {@link Outcome.Status} word: {@code done}, {@code not-done} ...
 * @param results    each request's verdict in words (outcome lines)
 * @param unresolved how many requests are still unknown and can be checked (the next start tries again)
 * @param sent       how many of the requests were sent (0 for a dry run)
 * @param errorType  the kind of failure ({@code Conflict}, {@code Timeout}, ...), or {@code null}
 * @param error      the outcome in words when it is not plain done, or {@code null}
 * @param durationMs how long the requests (and checks) took
 * @param apiKey     the short form of the API key the change was sent with ({@code null} in older lines)
 * @param person     who made it in a console served over SSH ({@code null}: the host's own user)
 * @param sshKey     the fingerprint of that person's SSH key, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JournalEntry(
        Instant time,
        UUID id,
        String phase,
        long pid,
        String endpoint,
        String profile,
        String org,
        String workspace,
        String change,
        String kind,
        List<String> targets,
        List<String> requests,
        List<Check> checks,
        String outcome,
        List<String> results,
        int unresolved,
        int sent,
        String errorType,
        String error,
        long durationMs,
        String apiKey,
        String person,
        String sshKey) {
    /** The phase of an intent line. */
    public static final String INTENT = "intent";
    /** The phase of an outcome line. */
    public static final String OUTCOME = "outcome";

    /** A line without the API key and person (lines written before they were recorded). */
    public JournalEntry(Instant time, UUID id, String phase, long pid, String endpoint, String profile, String org,
                        String workspace, String change, String kind, List<String> targets, List<String> requests,
                        List<Check> checks, String outcome, List<String> results, int unresolved, int sent,
                        String errorType, String error, long durationMs) {
        this(time, id, phase, pid, endpoint, profile, org, workspace, change, kind, targets, requests, checks, outcome,
                results, unresolved, sent, errorType, error, durationMs, null, null, null);
    }

    /** Whether this is an intent line (the change was about to be sent). */
    @JsonIgnore
    public boolean intent() {
        return INTENT.equals(phase);
    }

    /** The intent line of {@code m}, about to be sent with {@code checks} (prepared). */
    static JournalEntry intent(Mutation m, List<Check> checks, JournalContext ctx, Instant at, long pid) {
        return new JournalEntry(at, m.id(), INTENT, pid, endpoint(m), ctx.profile(), ctx.org(), workspace(m),
                m.title(), m.kind().name(), m.targets(), m.previews().stream().map(p -> p.text()).toList(), checks,
                INTENT, List.of(), 0, 0, null, null, 0, ctx.apiKey(), ctx.person(), ctx.sshKey());
    }

    /** The outcome line of {@code o}. */
    static JournalEntry outcome(Outcome o, JournalContext ctx, Instant at, long pid) {
        Mutation m = o.mutation();
        return new JournalEntry(at, m.id(), OUTCOME, pid, endpoint(m), ctx.profile(), ctx.org(), workspace(m),
                m.title(), m.kind().name(), m.targets(), m.previews().stream().map(p -> p.text()).toList(), null,
                o.status().word(), words(o.results()), unresolved(o.results()), o.sent(), o.errorType(),
                o.status() == Outcome.Status.DONE && !o.checked() ? null : o.message(), o.duration().toMillis(),
                ctx.apiKey(), ctx.person(), ctx.sshKey());
    }

    /** The outcome line that closes {@code intent}, found at a later start by reading the org. */
    JournalEntry reconciled(List<RequestResult> found, Outcome.Status status, String message, Instant at, long p) {
        return new JournalEntry(at, id, OUTCOME, p, endpoint, profile, org, workspace, change, kind, targets,
                requests, null, status.word(), words(found), unresolved(found), 0, null, message, 0, apiKey, person,
                sshKey);
    }

    private static List<String> words(List<RequestResult> results) {
        return results.stream().map(RequestResult::describe).toList();
    }

    private static int unresolved(List<RequestResult> results) {
        return (int) results.stream().filter(r -> r.verdict() == Verdict.UNKNOWN).count();
    }

    private static String endpoint(Mutation m) {
        return m.requests().get(0).target().apiBase();
    }

    private static String workspace(Mutation m) {
        return m.workspaceId() == null ? null : m.scope().replaceFirst("^workspace ", "") + " (" + m.workspaceId()
                + ")";
    }
}
