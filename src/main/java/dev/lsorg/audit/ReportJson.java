package dev.lsorg.audit;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lsorg.model.Json;

/**
 * The Jackson set-up for lsorg's own files (audit reports, snapshots, diffs): the model's date handling, snake_case
 * names, two-space indentation, {@code "name": value} and a newline after every element, with {@code \n} line ends on every platform so
 * files diff cleanly in git.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    private ReportJson() {
    }

    /** The mapper, also for reading lsorg's files back. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A pretty-printing writer with {@code \n} line ends. */
    public static ObjectWriter prettyWriter() {
        return MAPPER.writer(prettyPrinter());
    }

    /** Two-space indentation, one element per line, {@code \n} line ends. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
