package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvhc.remap.address.NameColumns;

/** Rows per commit: the operator's --chunk, else the job's default by what the rows are read by (decision 0037). */
class RemapWorkerStepConfigTest {

    private static final List<String> HEADER = List.of("so_dinh_danh", "ma_xa", "dia_chi");

    @Test
    void codesCommitEvery50000RowsAddressesAndNamesEvery10000() {
        assertThat(RemapWorkerStepConfig.chunkRows(RemapSettings.DEFAULT_CHUNK, layout(NameColumns.NONE))).isEqualTo(50_000);
        assertThat(RemapWorkerStepConfig.chunkRows(RemapSettings.DEFAULT_CHUNK,
                layout(new NameColumns(2, -1, -1, -1, true)))).isEqualTo(10_000);
        assertThat(RemapWorkerStepConfig.chunkRows(RemapSettings.DEFAULT_CHUNK,
                layout(new NameColumns(-1, 2, -1, -1, false)))).isEqualTo(10_000);
    }

    @Test
    void anExplicitChunkIsKeptWhateverTheRowsAreReadBy() {
        assertThat(RemapWorkerStepConfig.chunkRows(50_000, layout(new NameColumns(2, -1, -1, -1, true)))).isEqualTo(50_000);
        assertThat(RemapWorkerStepConfig.chunkRows(500, layout(NameColumns.NONE))).isEqualTo(500);
        assertThat(RemapWorkerStepConfig.blockRows(RemapWorkerStepConfig.chunkRows(RemapSettings.DEFAULT_CHUNK,
                layout(NameColumns.NONE)))).isEqualTo(5_000);
    }

    private static InputLayout layout(NameColumns names) {
        return new InputLayout(',', "UTF-8", 0, 30, 30, 2, "\n", HEADER, names.any() ? -1 : 1, -1, -1, 1_000, 0, -1, names);
    }
}
