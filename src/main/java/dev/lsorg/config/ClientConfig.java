package dev.lsorg.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the API client needs to reach one LangSmith organization: the endpoint (normalised to the host root,
 * without {@code /api/v1}), the key, the optional org and workspace, timeouts, pool size and retry budget.
 *
 * @param endpoint       base URL without a trailing slash and without {@code /api} or {@code /api/v1}
 * @param apiKey         the key, masked in every printout
 * @param organizationId the org; null means "discover it from {@code GET /orgs/current/info}"
 * @param workspaceId    the workspace to start in (the console's choice; the client never uses it implicitly)
 * @param workspaceName  a workspace given by name instead of id, for the console to resolve; may be null
 * @param connectTimeout TCP connect timeout
 * @param idleTimeout    longest silence on a connection during a request
 * @param requestTimeout longest a single attempt may take, start to end
 * @param maxPoolSize    most requests in flight at once (also the HTTP connection pool size)
 * @param retryBudget    longest time spent on all attempts of one GET, backoff included
 * @param readOnly       the profile asks that no change be made
 * @param profile        the profile the settings came from, or null
 */
public record ClientConfig(
        String endpoint,
        Secret apiKey,
        UUID organizationId,
        UUID workspaceId,
        String workspaceName,
        Duration connectTimeout,
        Duration idleTimeout,
        Duration requestTimeout,
        int maxPoolSize,
        Duration retryBudget,
        boolean readOnly,
        String profile) {

    /** LangSmith SaaS (US). */
    public static final String DEFAULT_ENDPOINT = "https://api.smith.langchain.com";
    /** The path prefix every org-management operation lives under. */
    public static final String API_PREFIX = "/api/v1";

    public ClientConfig {
        endpoint = normalizeEndpoint(endpoint);
        Objects.requireNonNull(apiKey, "apiKey");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
    }

    /**
     * Requests in flight by default: a whole-org load is hundreds of small calls, and at 16 the round trips (not
     * LangSmith) set its pace; 32 halves that wait and is still a modest load for one admin tool.
     */
    public static final int DEFAULT_POOL_SIZE = 32;

    /** A configuration with lsorg's defaults: 10 s connect, 30 s idle and request, 32 connections, 30 s retries. */
    public static ClientConfig of(String endpoint, Secret apiKey) {
        return new ClientConfig(endpoint, apiKey, null, null, null, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(30), DEFAULT_POOL_SIZE, Duration.ofSeconds(30), false, null);
    }

    /** The URL that operation paths such as {@code /workspaces} are appended to. */
    public String apiBase() {
        return endpoint + API_PREFIX;
    }

    /**
     * Accepts the three forms LangSmith users write ({@code https://host}, {@code https://host/api},
     * {@code https://host/api/v1}) and returns the host root, so {@code /api/v1} is never doubled.
     */
    public static String normalizeEndpoint(String raw) {
        Objects.requireNonNull(raw, "endpoint");
        String s = raw.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(API_PREFIX)) {
            s = s.substring(0, s.length() - API_PREFIX.length());
        } else if (s.endsWith("/api")) {
            s = s.substring(0, s.length() - "/api".length());
        }
        checkUrl(raw, s);
        return s;
    }

    /**
     * Refuses what is not an http(s) URL with a host, and a URL with user-info ({@code user:password@}): LangSmith
     * takes the key in a header, and a password in the URL would otherwise be shown wherever the endpoint is (the
     * header, {@code whoami}, request previews, the journal). The messages never repeat the URL, for the same reason.
     */
    private static void checkUrl(String raw, String s) {
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint is not a URL (expected e.g. https://api.smith.langchain.com)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("endpoint must not contain a user name or password (user:password@);"
                    + " remove it: the API key goes in LANGSMITH_API_KEY or a profile, never in the URL");
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an http(s) URL with a host"
                    + " (e.g. https://api.smith.langchain.com)");
        }
    }

    /** Whether requests to this endpoint carry the key unencrypted to another machine (plain http, not loopback). */
    public boolean sendsKeyInClear() {
        return sendsKeyInClear(endpoint);
    }

    /**
     * Whether {@code endpoint} (an already checked URL) is plain http to a host other than this machine: anything but
     * {@code localhost}, 127.0.0.0/8 and ::1. Host names are never looked up, so a name that happens to resolve to
     * loopback still counts as remote.
     */
    public static boolean sendsKeyInClear(String endpoint) {
        URI uri = URI.create(endpoint);
        return "http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost());
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost") || host.matches("127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}")) {
            return true;
        }
        if (!host.startsWith("[")) {
            return false;
        }
        try {
            // An IPv6 literal: InetAddress parses it without a DNS lookup (or refuses it).
            return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public ClientConfig withOrganizationId(UUID id) {
        return new ClientConfig(endpoint, apiKey, id, workspaceId, workspaceName, connectTimeout, idleTimeout,
                requestTimeout, maxPoolSize, retryBudget, readOnly, profile);
    }

    public ClientConfig withWorkspace(UUID id, String name) {
        return new ClientConfig(endpoint, apiKey, organizationId, id, name, connectTimeout, idleTimeout,
                requestTimeout, maxPoolSize, retryBudget, readOnly, profile);
    }

    public ClientConfig withTimeouts(Duration connect, Duration idle, Duration request) {
        return new ClientConfig(endpoint, apiKey, organizationId, workspaceId, workspaceName, connect, idle,
                request, maxPoolSize, retryBudget, readOnly, profile);
    }

    public ClientConfig withMaxPoolSize(int size) {
        return new ClientConfig(endpoint, apiKey, organizationId, workspaceId, workspaceName, connectTimeout,
                idleTimeout, requestTimeout, size, retryBudget, readOnly, profile);
    }

    public ClientConfig withRetryBudget(Duration budget) {
        return new ClientConfig(endpoint, apiKey, organizationId, workspaceId, workspaceName, connectTimeout,
                idleTimeout, requestTimeout, maxPoolSize, budget, readOnly, profile);
    }

    public ClientConfig withReadOnly(boolean value, String profileName) {
        return new ClientConfig(endpoint, apiKey, organizationId, workspaceId, workspaceName, connectTimeout,
                idleTimeout, requestTimeout, maxPoolSize, retryBudget, value, profileName);
    }
}
