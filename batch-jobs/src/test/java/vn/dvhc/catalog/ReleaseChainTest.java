package vn.dvhc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvhc.domain.Release;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

class ReleaseChainTest {

    private static Release release(String id, String predecessor, LocalDate effective) {
        return new Release(id, id, predecessor, effective, "bundle", true, Instant.EPOCH, List.of());
    }

    private static final ReleaseChain CHAIN = new ReleaseChain(List.of(
            release("pre-2025", null, null),
            release("2025-07-01", "pre-2025", LocalDate.of(2025, 7, 1)),
            release("nso-2025-07-01", "pre-2025", null),
            release("2026-04-30", "2025-07-01", LocalDate.of(2026, 4, 30))));

    private static List<String> path(String from, LocalDate asOf) {
        return CHAIN.path(from, asOf).stream().map(Release::id).toList();
    }

    @Test
    void walksToTheReleaseInForceOnTheDate() {
        assertThat(path("pre-2025", LocalDate.of(2025, 6, 30))).containsExactly("pre-2025");
        assertThat(path("pre-2025", LocalDate.of(2025, 7, 1))).containsExactly("pre-2025", "2025-07-01");
        assertThat(path("pre-2025", LocalDate.of(2026, 4, 29))).containsExactly("pre-2025", "2025-07-01");
        assertThat(path("pre-2025", null)).containsExactly("pre-2025", "2025-07-01", "2026-04-30");
        assertThat(path("2025-07-01", null)).containsExactly("2025-07-01", "2026-04-30");
    }

    @Test
    void aReleaseBesideTheChainIsOnlyUsedWhenNamed() {
        assertThat(CHAIN.defaultStart().id()).isEqualTo("pre-2025");
        assertThat(CHAIN.inForce(LocalDate.of(2025, 12, 1)).id()).isEqualTo("2025-07-01");
        assertThat(path("nso-2025-07-01", null)).containsExactly("nso-2025-07-01");
    }

    @Test
    void anUnknownReleaseSaysWhichAreKnown() {
        assertThatThrownBy(() -> CHAIN.get("2024"))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REFERENCE_MISSING);
                    assertThat(e.hint()).contains("pre-2025, 2025-07-01, nso-2025-07-01, 2026-04-30");
                });
    }
}
