package dev.lsorg.api;

/**
 * Counters for benchmarks and the status bar: HTTP attempts made and the most that were in flight at once.
 *
 * @param requests     attempts sent (retries included)
 * @param peakInFlight highest number of concurrent attempts
 */
public record TransportStats(long requests, int peakInFlight) {
}
