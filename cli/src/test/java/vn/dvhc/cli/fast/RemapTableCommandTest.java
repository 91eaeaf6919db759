package vn.dvhc.cli.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.cli.command.RemapCommand;
import vn.dvhc.error.ExitCode;
import vn.dvhc.remap.table.RemapTableJob;

/**
 * {@code dvhc remap --source-db} with a fake job runner and a real source table (in-memory H2): what the options
 * become as job parameters, and what the command says before the job (the ALTER TABLE statements of --in-place).
 */
class RemapTableCommandTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @TempDir
    Path temp;

    private String source;

    @BeforeEach
    void sourceTable() throws Exception {
        source = "jdbc:h2:mem:fast_source_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(source, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE dan_cu (tinh INTEGER, so INTEGER, ma_xa VARCHAR(5), PRIMARY KEY (tinh, so))");
        }
    }

    @Test
    void theOptionsBecomeTheTableJobsParameters() {
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap("dan_cu", "dan_cu_moi"), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--source-db", source, "--source-user", "sa",
                "--table", "dan_cu", "--key", "tinh,so", "--into", "dan_cu_moi", "--pad-codes", "--chunk", "500",
                "--threads", "2", "--rejects", temp.resolve("loai.csv").toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.request().job()).isSameAs(RemapTableJob.JOB);
        assertThat(runner.parameters()).containsExactly(
                "rejects.file=" + temp.resolve("loai.csv").toAbsolutePath().normalize(),
                "release.from=pre-2025",
                "release.to=2026-04-30",
                "remap.chunk~500",
                "remap.fail.on~REJECT",
                "remap.on.split=FLAG",
                "remap.pad.codes=true",
                "remap.threads~2",
                "source.key=tinh,so",
                "source.table=dan_cu",
                "source.url=" + source,
                "source.user=sa",
                "target.into=dan_cu_moi");
        assertThat(result.err()).contains("remap: creating table PUBLIC.DAN_CU_MOI (TINH, SO, then NEW_PROVINCE_CODE");
    }

    @Test
    void inPlaceSaysEachAlterTableBeforeTheJob() {
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap("dan_cu", "dan_cu"), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--source-db", source, "--source-user", "sa",
                "--table", "dan_cu", "--key", "tinh,so", "--in-place");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.parameters()).contains("target.in.place=true").noneMatch(p -> p.startsWith("target.into"));
        // A file's default chunk grew (decision 0037); a table's, also its page of the source query, did not.
        assertThat(runner.parameters()).contains("remap.chunk~10000");
        assertThat(result.err()).contains("remap: ALTER TABLE \"PUBLIC\".\"DAN_CU\" ADD \"NEW_PROVINCE_CODE\" VARCHAR(2)",
                "remap: ALTER TABLE \"PUBLIC\".\"DAN_CU\" ADD \"REMAP_CANDIDATES\" VARCHAR(400)");
    }

    @Test
    void aPostgreSqlTableOnOneThreadCommitsTwentyFiveThousandRowsAtATime() {
        // Fewer chunks where each costs round trips the server's COPY waits for (docs/tables.md, "Speed").
        assertThat(RemapCommand.tableChunk("jdbc:postgresql://db:5432/dan_cu", 1, false)).isEqualTo(25_000);
        assertThat(RemapCommand.tableChunk("jdbc:postgresql://db:5432/dan_cu", 2, false)).isEqualTo(10_000);
        // Rows read by addresses or names hold several times the memory in flight (decision 0037).
        assertThat(RemapCommand.tableChunk("jdbc:postgresql://db:5432/dan_cu", 1, true)).isEqualTo(10_000);
        assertThat(RemapCommand.tableChunk("jdbc:mariadb://db:3306/dan_cu", 1, false)).isEqualTo(10_000);
        assertThat(RemapCommand.tableChunk(source, 1, false)).isEqualTo(10_000);
    }
}
