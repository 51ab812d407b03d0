package dev.lsorg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private final Table table = new Table(List.of("name", "note"), List.of(
            List.of("Research", "says \"hi\", twice"),
            List.of("Sandbox", "-")));

    @Test
    void alignedForPeople() {
        assertEquals("NAME      NOTE\nResearch  says \"hi\", twice\nSandbox   -\n", table.render("table"));
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertEquals("name,note\r\nResearch,\"says \"\"hi\"\", twice\"\r\nSandbox,-\r\n", table.render("csv"));
    }

    @Test
    void jsonIsAnArrayOfObjectsKeyedByColumn() {
        assertEquals("[ {\n  \"name\" : \"Sandbox\",\n  \"note\" : \"-\"\n} ]\n", table.filter("sand").render("json"));
    }
}
