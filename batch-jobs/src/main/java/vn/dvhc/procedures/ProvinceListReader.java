package vn.dvhc.procedures;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import vn.dvhc.domain.procedure.ProvinceList;

/**
 * Hands out the re-published lists one new province at a time. Its position is saved at every commit, so a
 * restarted run skips the provinces already written.
 */
// Not final: the step-scoped bean is a class-based proxy.
class ProvinceListReader extends AbstractItemCountingItemStreamItemReader<ProvinceList> {

    private final Supplier<RepublishRun> run;
    private List<ProvinceList> provinces;

    ProvinceListReader(Supplier<RepublishRun> run) {
        this.run = run;
        setName(ProceduresRepublishJob.READER_NAME);
    }

    @Override
    protected void doOpen() {
        provinces = run.get().republication().provinces();
    }

    @Override
    protected ProvinceList doRead() {
        int next = getCurrentItemCount() - 1;
        return next < provinces.size() ? provinces.get(next) : null;
    }

    @Override
    protected void doClose() {
        provinces = null;
    }
}
