package dev.lsorg.audit;

import static dev.lsorg.audit.OrgFixtures.ORG_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.AccessScope;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    /** Every problem of the rules test, so every rule and object kind appears in the output. */
    @SuppressWarnings("unchecked")
    static AuditReport everything() {
        OrgFixtures f = OrgFixtures.clean();
        AuditRulesTest.problems().forEach(a -> ((Consumer<OrgFixtures>) a.get()[2]).accept(f));
        f.serviceKeys.add(OrgFixtures.key("=HYPERLINK(\"x\"), with | pipe", AccessScope.WORKSPACE, null, 30, null, 60,
                "Operations"));
        return AuditRulesTest.audit(f);
    }

    static String render(ReportFormat format, boolean color, AuditReport report) throws IOException {
        StringWriter out = new StringWriter();
        format.writer(color).write(report, out);
        return out.toString();
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        JsonNode json = ReportJson.mapper().readTree(render(ReportFormat.JSON, false, everything()));
        assertEquals(List.of(), List.copyOf(SchemaCheck.errors("audit-report.schema.json", json)));
        assertEquals("admins.disabled", json.at("/findings/0/rule").asText());
        assertEquals("high", json.at("/findings/0/severity").asText());
        assertEquals("member", json.at("/findings/0/object/kind").asText());
        assertEquals(5, json.at("/summary/high").asInt());
        assertEquals(90, json.at("/thresholds/unused_key_days").asInt());
        assertEquals(OrgFixtures.NOW.toString(), json.at("/generated_at").asText());
    }

    @Test
    void schemaRejectsAFindingWithoutFix() throws IOException {
        JsonNode json = ReportJson.mapper().readTree(render(ReportFormat.JSON, false, everything()));
        ((ObjectNode) json.at("/findings/0")).remove("fix");
        assertFalse(SchemaCheck.errors("audit-report.schema.json", json).isEmpty());
    }

    @Test
    void textAlignsRuleAndObjectColumnsWithoutColourUnlessAsked() throws IOException {
        AuditReport report = everything();
        String plain = render(ReportFormat.TEXT, false, report);
        assertFalse(plain.contains("\u001b["));
        List<String> heads = Arrays.stream(plain.split("\n"))
                .filter(l -> l.matches("^(HIGH|MEDIUM|LOW|INFO) .*")).toList();
        assertEquals(report.findings().size(), heads.size());
        for (int i = 0; i < heads.size(); i++) {
            Finding f = report.findings().get(i);
            assertEquals(8, heads.get(i).indexOf(f.ruleId()), heads.get(i));
            String objectColumns = heads.get(i).substring(8 + 37 + 2);
            assertEquals(String.format("%-21s  %s", f.object().kind().label(), f.object().name()), objectColumns);
        }
        assertTrue(render(ReportFormat.TEXT, true, report).contains("\u001b[1;31mHIGH"));
    }

    @Test
    void csvQuotesAndDefusesFormulas() throws IOException {
        String csv = render(ReportFormat.CSV, false, everything());
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", CsvReport.HEADER), lines[0]);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\"), with | pipe ("), csv);
    }

    @Test
    void markdownEscapesCellsAndGroupsBySeverity() throws IOException {
        String md = render(ReportFormat.MARKDOWN, false, everything());
        assertTrue(md.startsWith("# lsorg audit: Acme\n"));
        assertTrue(md.contains("\n## High\n") && md.contains("\n## Info\n"));
        assertTrue(md.contains("with \\| pipe"), md);
        int tableRows = (int) md.lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(everything().findings().size(), tableRows);
    }

    @Test
    void findingsNeverCarryMoreThanTheShortKey() throws IOException {
        OrgFixtures f = OrgFixtures.clean();
        f.serviceKeys.add(OrgFixtures.key("root", AccessScope.ORGANIZATION, ORG_ADMIN, 10, 1, 30));
        String text = render(ReportFormat.TEXT, false, AuditRulesTest.audit(f));
        assertTrue(text.contains("root (lsv2_sk_..."), text);
    }
}
