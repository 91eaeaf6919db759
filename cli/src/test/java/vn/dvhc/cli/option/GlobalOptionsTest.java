package vn.dvhc.cli.option;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class GlobalOptionsTest {

    private static final Path FOLDER = Path.of("/srv/ci/job 7");

    @Test
    void anH2FileRelativeToTheWorkingFolderIsMadeAbsoluteWithItsOptionsKept() {
        assertThat(GlobalOptions.absoluteH2("jdbc:h2:./data/dvhc", FOLDER)).isEqualTo("jdbc:h2:/srv/ci/job 7/data/dvhc");
        assertThat(GlobalOptions.absoluteH2("jdbc:h2:file:../shared/dvhc;MODE=PostgreSQL;AUTO_SERVER=TRUE", FOLDER))
                .isEqualTo("jdbc:h2:file:/srv/ci/shared/dvhc;MODE=PostgreSQL;AUTO_SERVER=TRUE");
    }

    @Test
    void otherUrlsAreLeftAsTheyAre() {
        for (String url : new String[]{"jdbc:h2:/var/lib/dvhc/db", "jdbc:h2:~/dvhc", "jdbc:h2:mem:test",
                "jdbc:h2:tcp://localhost/./dvhc", "jdbc:postgresql://db/dvhc?options=./x", "jdbc:h2:file:/abs/./x"}) {
            assertThat(GlobalOptions.absoluteH2(url, FOLDER)).as(url).isEqualTo(url);
        }
    }
}
