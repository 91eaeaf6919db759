package vn.dvhc.common;

/**
 * Where a job reports its progress (bytes of the input done, rows done). The CLI shows a progress bar on a
 * terminal; elsewhere nothing listens. Called from several threads when a job is partitioned.
 */
public interface ProgressSink {

    ProgressSink NONE = (bytes, rows) -> { };

    void advance(long bytes, long rows);
}
