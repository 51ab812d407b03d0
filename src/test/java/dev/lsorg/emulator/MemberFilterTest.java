package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filter's order against a plain reference (key per comparison, nulls first, ties by id, descending the exact
 * reverse), on rows built to tie often and to lack names, read whole and page by page.
 */
class MemberFilterTest {
    private static final List<MemberFilter.Row> ROWS = rows(230);

    private static List<MemberFilter.Row> rows(int n) {
        Random random = new Random(7);
        List<MemberFilter.Row> rows = new ArrayList<>();
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            String name = i % 5 == 0 ? null : (i % 2 == 0 ? "Ann " : "ann ") + random.nextInt(20);
            String email = "u" + random.nextInt(40) + "@Example.com";
            rows.add(new MemberFilter.Row(new UUID(random.nextLong(), random.nextLong()), email, name,
                    "ROLE_" + random.nextInt(3), base.plusSeconds(random.nextInt(30)), null, null, i % 7 == 0));
        }
        return rows;
    }

    private static String key(MemberFilter.Row r, String sortBy) {
        return switch (sortBy) {
            case "name" -> (r.name() != null ? r.name() : r.email()).toLowerCase(Locale.ROOT);
            case "email" -> r.email().toLowerCase(Locale.ROOT);
            case "role" -> r.role();
            default -> r.createdAt().toString();
        };
    }

    private static List<MemberFilter.Row> reference(String sortBy, boolean desc, Boolean disabled) {
        Comparator<MemberFilter.Row> order = Comparator.comparing((MemberFilter.Row r) -> key(r, sortBy))
                .thenComparing(r -> r.id().toString());
        return ROWS.stream().filter(r -> disabled == null || r.disabled() == disabled)
                .sorted(desc ? order.reversed() : order).toList();
    }

    private static List<MemberFilter.Row> page(String query) {
        Map<String, List<String>> params = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=");
            params.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        return MemberFilter.active(new QueryParams(params::get)).apply(ROWS, Function.identity());
    }

    @ParameterizedTest
    @CsvSource({"name,true", "name,false", "email,true", "email,false", "role,true", "role,false",
            "created_at,true", "created_at,false"})
    void pagesFollowTheReferenceOrderWithoutGapsOrDuplicates(String sortBy, boolean desc) {
        String sort = "sort_by=" + sortBy + "&sort_by_desc=" + desc;
        assertEquals(reference(sortBy, desc, null), page(sort + "&limit=500"));
        List<MemberFilter.Row> paged = new ArrayList<>();
        for (int offset = 0; offset < ROWS.size() + 20; offset += 17) {
            paged.addAll(page(sort + "&limit=17&offset=" + offset));
        }
        assertEquals(reference(sortBy, desc, null), paged);
        assertEquals(reference(sortBy, desc, true), page(sort + "&limit=500&is_disabled=true"));
    }
}
