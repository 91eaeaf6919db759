package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class CountsContextTest {

    @Test
    void countersComeBackAsTheyWereSavedOnlyProvincesWithCountsAreWritten() {
        ExecutionContext context = new ExecutionContext();
        long[][] provinces = new long[100][3];
        provinces[1] = new long[] {5, 0, 2};
        provinces[79] = new long[] {0, 0, 1};
        CountsContext.putLongs(context, "status", new long[] {7, 0, 3});
        CountsContext.putPerProvince(context, "provinces", provinces);

        assertThat(context.getString("provinces")).isEqualTo("1=5,0,2;79=0,0,1");
        long[] status = new long[3];
        CountsContext.getLongs(context, "status", status);
        long[][] loaded = new long[100][3];
        CountsContext.getPerProvince(context, "provinces", loaded);
        assertThat(status).containsExactly(7, 0, 3);
        assertThat(loaded).isDeepEqualTo(provinces);
    }

    @Test
    void aCounterAddedSinceAnOlderRunLoadsAsZero() {
        ExecutionContext older = new ExecutionContext();
        older.putString("status", "4,1");
        older.putString("provinces", "");
        long[] status = new long[3];
        long[][] provinces = new long[100][3];
        CountsContext.getLongs(older, "status", status);
        CountsContext.getPerProvince(older, "provinces", provinces);
        assertThat(status).containsExactly(4, 1, 0);
        assertThat(provinces[1]).containsExactly(0, 0, 0);
    }

    @Test
    void rejectReasonsAreCountedInTheirOrderOnlyWhenTheyOccurred() {
        long[] byOrdinal = new long[RejectReason.values().length];
        byOrdinal[RejectReason.MALFORMED_ROW.ordinal()] = 2;
        byOrdinal[RejectReason.MISSING_CODE.ordinal()] = 1;
        assertThat(RejectReason.counts(byOrdinal)).containsExactly(
                entry("MISSING_CODE", 1L),
                entry("MALFORMED_ROW", 2L));
    }
}
