package dev.lsorg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeCsvTest {
    /** Reads CSV text back with a real CSV parser, one list of cells per record. */
    static List<List<String>> read(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    void formulaCellsGetAnApostropheAndValuesComeBack() throws Exception {
        List<String> row = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tTAB", "\rCR",
                "-", "plain, with comma", "say \"hi\"", "東京 🚀");
        String csv = SafeCsv.text(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), List.of(row));
        List<List<String>> back = read(csv);
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), back.get(0));
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "'^ITAB", "'^MCR", "-",
                "plain, with comma", "say \"hi\"", "東京 🚀"), back.get(1));
        assertEquals(2, back.size());
    }

    @Test
    void rfc4180QuotingAndCrlfLineEnds() {
        String csv = SafeCsv.text(List.of("x", "y"), List.of(List.of("a,b", "c\"d"), List.of("plain", "")));
        assertEquals("x,y\r\n\"a,b\",\"c\"\"d\"\r\nplain,\r\n", csv);
    }

    @Test
    void controlsNeverReachTheFileAndNoRecordIsForged() throws Exception {
        String csv = SafeCsv.text(List.of("name"), List.of(List.of("evil\r\nHIGH,forged\u001b]52;c;eA==\u0007")));
        assertEquals(2, read(csv).size());
        assertEquals("evil^M^JHIGH,forged^[]52;c;eA==^G", read(csv).get(1).get(0));
        assertEquals(2, csv.split("\r\n").length);
    }
}
