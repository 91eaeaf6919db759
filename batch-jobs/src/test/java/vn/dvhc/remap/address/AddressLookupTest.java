package vn.dvhc.remap.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.address.Gazetteer;
import vn.dvhc.testing.Resources;

/** What the remap makes of a reading: the commune, the province a rejected row counts for, the reject detail. */
class AddressLookupTest {

    private static final AddressLookup LOOKUP = lookup();

    private static AddressLookup lookup() {
        ReleaseDraft pre2025 = new BundleReader(SourceFiles.folder(Resources.builtInBundle())).read().stream()
                .filter(d -> d.id().equals(BundleReader.PRE_2025)).findFirst().orElseThrow();
        return new AddressLookup(Gazetteer.of(pre2025.content().units(), pre2025.historyValues()));
    }

    @Test
    void oneCommuneIsItsCodeAndProvinceWithoutDetail() {
        Located located = LOOKUP.address("12 Hàm Nghi, P. Bến Nghé, Q.1, TP.HCM");
        assertThat(located.matched()).isTrue();
        assertThat(located.commune()).isEqualTo("26740");
        assertThat(located.province()).isEqualTo("79");
        assertThat(located.detail()).isNull();
        assertThat(located.match().prefix()).isEqualTo("12 Hàm Nghi");
    }

    @Test
    void severalCommunesAreEveryCandidateWithDistrictAndProvince() {
        Located located = LOOKUP.address("Phường Quang Trung, Hà Nội");
        assertThat(located.matched()).isFalse();
        assertThat(located.commune()).isNull();
        assertThat(located.province()).as("both in Hà Nội: the row counts for its new province").isEqualTo("01");
        assertThat(located.detail()).isEqualTo("2 old communes fit: 00214 Phường Quang Trung (Quận Đống Đa, Thành phố "
                + "Hà Nội) | 09538 Phường Quang Trung (Quận Hà Đông, Thành phố Hà Nội)");
    }

    @Test
    void candidatesInSeveralProvincesLeaveTheProvinceOpen() {
        Located located = LOOKUP.address("Phường 1");
        assertThat(located.detail()).startsWith("34 old communes fit: 19333 Phường 1 (");
        assertThat(located.province()).isNull();
    }

    @Test
    void noCommuneSaysWhatWasRecognised() {
        Located located = LOOKUP.address("12 Nguyễn Thái Bình, Quận 1, TP.HCM");
        assertThat(located.detail()).isEqualTo("no commune recognised in Quận 1");
        assertThat(located.province()).isEqualTo("79");
        assertThat(LOOKUP.address("hello world").detail()).isEqualTo("no commune recognised");
        assertThat(LOOKUP.address("hello world").province()).isNull();
    }

    @Test
    void namesAreReadLikeColumnsOfOneUnitEach() {
        Located located = LOOKUP.names("P. Bến Nghé", "Q.1", "TP.HCM");
        assertThat(located.commune()).isEqualTo("26740");
        assertThat(LOOKUP.names("Ben Thanh", null, "Ho Chi Minh").match().note()).isEqualTo("district not written: Quận 1");
    }

    @Test
    void aNewAddressIsThePartBeforeTheUnitsThenTheNewUnits() {
        assertThat(NewAddress.of("12 Hàm Nghi", "Phường Sài Gòn", "Thành phố Hồ Chí Minh"))
                .isEqualTo("12 Hàm Nghi, Phường Sài Gòn, Thành phố Hồ Chí Minh");
        assertThat(NewAddress.of("", "Phường Sài Gòn", "Thành phố Hồ Chí Minh"))
                .isEqualTo("Phường Sài Gòn, Thành phố Hồ Chí Minh");
    }
}
