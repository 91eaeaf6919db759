package vn.dvhc.procedures;

import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.dvhc.domain.procedure.ProvinceList;

/** Writes each province's list to its temporary files; the publish step moves them into place. */
// Not final: the step-scoped bean is a class-based proxy.
class ProvinceListWriter implements ItemWriter<ProvinceList> {

    private final Supplier<RepublishRun> run;
    private final OutputFiles files;

    ProvinceListWriter(Supplier<RepublishRun> run, OutputFiles files) {
        this.run = run;
        this.files = files;
    }

    @Override
    public void write(Chunk<? extends ProvinceList> chunk) {
        String release = run.get().release().id();
        for (ProvinceList list : chunk) {
            ProvinceFiles.write(files, list, release);
        }
    }
}
