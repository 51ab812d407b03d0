package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.app.rows.ApiKeyRows;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.Row;
import java.util.Arrays;
import java.util.List;

/**
 * Pane 4: service keys and PATs, with expired, never-used and stale keys flagged; the title says when other
 * members' PATs are not visible to the key (the server lacks the org-wide list, or refused it).
 */
public final class ApiKeysPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.API_KEYS;
    }

    @Override
    public List<Column> columns() {
        return ApiKeyRows.COLUMNS;
    }

    // Rebuilt once a minute (see inputs) but judged at the exact time: a token revoked a few seconds ago has its
    // expiry within the current minute and must read "expired" at once, not "in 4s".
    @Override
    public List<Row> rows(AppState s) {
        return ApiKeyRows.rows(s.data(), s.now());
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.data().serviceKeys(), s.data().personalAccessTokens(), s.data().roles(),
                Panes.minute(s));
    }

    // the org's whole list, whichever workspace is open: a change of the inputs is a refresh
    @Override
    public boolean refreshedInPlace() {
        return true;
    }

    @Override
    public String subtitle(AppState s) {
        return s.data().patCoverage().allMembers() ? "" : "(other members' PATs not visible)";
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        return ApiKeyRows.detail((APIKeyGetResponse) row.source(), s.data(), s.now());
    }
}
