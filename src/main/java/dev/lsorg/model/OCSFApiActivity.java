package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;

/**
 * One record of the org's audit log ({@code OCSFApiActivity}, OCSF API Activity, class 6003): who ({@code actor}),
 * did what ({@code api.operation}, an {@code AuditLogOperation} name), to which objects ({@code resources}), when
 * ({@code time}, epoch milliseconds), through which request, with LangSmith's own row in {@code unmapped}. The nested
 * records carry the spec's schemas of the same name without the {@code OCSF} prefix.
 *
 * @param classUid     always 6003
 * @param className    always {@code API Activity}
 * @param categoryUid  always 6
 * @param categoryName always {@code Application Activity}
 * @param severityId   OCSF severity (LangSmith sends 99, other)
 * @param typeUid      {@code class_uid * 100 + activity_id}
 * @param activityId   1 create, 2 read, 3 update, 4 delete, 0 unknown, 99 other
 * @param activityName the activity in words ({@code Create} ...)
 * @param statusId     1 success, 2 failure, 0 unknown, 99 other
 * @param status       the status in words
 * @param time         when it happened, milliseconds since the epoch
 * @param metadata     the record's own id and the product that wrote it
 * @param api          the operation
 * @param httpRequest  method and path of the request
 * @param httpResponse its status code
 * @param actor        the user and credential (API key) that made the request
 * @param srcEndpoint  where the request came from
 * @param resources    the objects the operation touched, by id
 * @param unmapped     LangSmith's own audit-log row
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OCSFApiActivity(int classUid, String className, int categoryUid, String categoryName, int severityId,
                              int typeUid, int activityId, String activityName, int statusId, String status,
                              long time, Metadata metadata, Api api, HttpRequest httpRequest,
                              HttpResponse httpResponse, Actor actor, Endpoint srcEndpoint, List<Resource> resources,
                              Unmapped unmapped) {

    /** {@code OCSFMetadata}: the record's id and the product that wrote it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Metadata(UUID uid, Product product) {
    }

    /** {@code OCSFProduct}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Product(String name, String vendorName) {
    }

    /** {@code OCSFApi}: the {@code AuditLogOperation} name, e.g. {@code delete_org_member}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Api(String operation) {
    }

    /** {@code OCSFHttpRequest}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record HttpRequest(String httpMethod, Url url) {
    }

    /** {@code OCSFUrl}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Url(String path) {
    }

    /** {@code OCSFHttpResponse}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HttpResponse(Integer code) {
    }

    /** {@code OCSFActor}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actor(User user) {
    }

    /**
     * {@code OCSFUser}: the person ({@code uid}, null for a service key) and the credential, the API key or PAT used.
     *
     * @param uid           the user's id, or null
     * @param credentialUid the API key's id, or null (a browser login)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record User(UUID uid, UUID credentialUid) {
    }

    /** {@code OCSFEndpoint}: the caller's address. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Endpoint(String ip, Integer port, List<String> intermediateIps) {
    }

    /** {@code OCSFResourceDetails}: one object the operation touched. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resource(UUID uid) {
    }

    /** {@code OCSFUnmapped}: LangSmith's own row. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Unmapped(AuditLogMessage originalAuditLog) {
    }
}
