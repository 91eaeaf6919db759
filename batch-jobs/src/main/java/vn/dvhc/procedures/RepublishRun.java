package vn.dvhc.procedures;

import java.nio.file.Path;
import java.util.List;

import vn.dvhc.domain.Release;
import vn.dvhc.domain.procedure.Republication;

/**
 * Everything one job execution works from: the settings, the inputs as read (with their SHA-256) and the
 * re-publication computed from them. Computed once per execution; a restart computes it again from the same files.
 *
 * @param rowsRead       procedure rows of all catalogues (heading rows not counted)
 * @param oldProcedures  distinct (old province, national code) pairs among them: what the accounting must cover
 */
record RepublishRun(RepublishSettings settings, Release release, Republication republication, List<InputFile> inputs,
                    int rowsRead, int headingRows, int oldProcedures) {

    RepublishRun {
        inputs = List.copyOf(inputs);
    }

    /** One input file. {@code oldProvinces}: for a catalogue, the old provinces its rows publish. */
    record InputFile(String kind, Path file, String sha256, int records, List<String> oldProvinces) {

        InputFile {
            oldProvinces = List.copyOf(oldProvinces);
        }
    }
}
