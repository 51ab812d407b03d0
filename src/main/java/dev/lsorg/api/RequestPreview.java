package dev.lsorg.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exact request a mutation would send, safe to show and to journal: method, full URL, headers with the key
 * masked, and the pretty-printed JSON body.
 *
 * @param method  HTTP method
 * @param url     full URL with query string
 * @param headers header names and values; {@code X-API-Key} holds only the key's short form
 * @param body    pretty-printed JSON, or null when there is no body
 */
public record RequestPreview(String method, String url, Map<String, String> headers, String body) {
    public RequestPreview {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The preview as the text of an HTTP request. */
    public String text() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(url).append('\n');
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        if (body != null) {
            sb.append('\n').append(body).append('\n');
        }
        return sb.toString();
    }
}
