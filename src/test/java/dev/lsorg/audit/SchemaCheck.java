package dev.lsorg.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates JSON against one of lsorg's published schemas in {@code src/main/resources/schemas}. */
final class SchemaCheck {
    private SchemaCheck() {
    }

    /** The validation errors of {@code json} against {@code schemas/NAME}; empty when valid. */
    static Set<ValidationMessage> errors(String schemaName, JsonNode json) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/schemas/" + schemaName)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            return schema.validate(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
