package dev.lsorg.app.mutation;

import dev.lsorg.config.ClientConfig;
import java.time.Duration;

/**
 * How long lsorg keeps reading the org to learn what became of a change whose answer was lost.
 *
 * @param settle    how long a change that did not answer at all (a timeout, a broken connection) may still land
 *                  after it: a read that does not see it before then says nothing yet; only after it "not done"
 * @param budget    the longest time spent checking; what is still unknown then stays unknown (and is checked
 *                  again at the next start)
 * @param firstWait the wait before the second round of reads, doubling each round
 * @param maxWait   the longest wait between rounds
 */
public record ReconcilePolicy(Duration settle, Duration budget, Duration firstWait, Duration maxWait) {
    /**
     * The policy for a client: a change may land up to twice the request timeout after its answer was lost, and
     * checking goes on for at least three minutes, so a network that is down for a while does not end it.
     */
    public static ReconcilePolicy of(ClientConfig config) {
        Duration settle = config.requestTimeout().multipliedBy(2);
        Duration budget = settle.plusMinutes(1).compareTo(Duration.ofMinutes(3)) > 0 ? settle.plusMinutes(1)
                : Duration.ofMinutes(3);
        return new ReconcilePolicy(settle, budget, Duration.ofMillis(250), Duration.ofSeconds(10));
    }

    /** The wait before round {@code round + 1} (the first round is 1). */
    Duration wait(int round) {
        Duration d = firstWait.multipliedBy(1L << Math.min(round - 1, 16));
        return d.compareTo(maxWait) > 0 ? maxWait : d;
    }
}
