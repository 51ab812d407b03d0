package dev.lsorg.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes snapshot files: pretty JSON with properties in a fixed order and map entries by key, so the
 * same org always gives the same bytes.
 */
public final class SnapshotFiles {
    private static final ObjectMapper MAPPER = sortingMapper();

    private SnapshotFiles() {
    }

    /** Writes {@code snapshot} as pretty JSON ending in a newline. */
    public static void write(OrgSnapshot snapshot, Writer out) throws IOException {
        MAPPER.writer(ReportJson.prettyPrinter())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, snapshot);
        out.write("\n");
    }

    private static ObjectMapper sortingMapper() {
        ObjectMapper mapper = ReportJson.mapper().copy();
        return mapper.setConfig(mapper.getSerializationConfig()
                .with(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS));
    }

    /** Reads a snapshot file, refusing files that are not lsorg snapshots of a format this version knows. */
    public static OrgSnapshot read(Path file) throws IOException {
        OrgSnapshot snapshot = MAPPER.readValue(Files.readAllBytes(file), OrgSnapshot.class);
        if (snapshot == null || !OrgSnapshot.FORMAT.equals(snapshot.format())) {
            throw new IOException(file + " is not an lsorg snapshot (expected format " + OrgSnapshot.FORMAT + ")");
        }
        return snapshot;
    }
}
