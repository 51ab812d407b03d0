package dev.lsorg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.Json;
import org.junit.jupiter.api.Test;

/** The audit relies on {@code created_by} being read when LangSmith sends it, and tolerated when it does not. */
class KeyJsonTest {
    @Test
    void createdByIsReadWhenPresentAndNullWhenAbsent() throws Exception {
        String with = "{\"id\":\"6f1c0a52-4c59-4d7a-9d0e-0d2a3c1b5e77\",\"short_key\":\"lsv2_pt_...ab12\","
                + "\"description\":\"laptop\",\"created_by\":\"ana@example.com\"}";
        String without = "{\"id\":\"6f1c0a52-4c59-4d7a-9d0e-0d2a3c1b5e77\",\"short_key\":\"lsv2_pt_...ab12\","
                + "\"description\":\"laptop\"}";
        assertEquals("ana@example.com", Json.mapper().readValue(with, APIKeyGetResponse.class).createdBy());
        assertNull(Json.mapper().readValue(without, APIKeyGetResponse.class).createdBy());
        assertEquals("laptop", Json.mapper().readValue(without, APIKeyGetResponse.class).description());
    }
}
