-- The national progress table of each `dvhc report` run (issue 20): one row per indicator, keyed by the job
-- execution id of the report that computed it, so that later reports show each indicator's N/34 over time.
-- Portable SQL for H2 and PostgreSQL; it is also the input of jOOQ's code generation (DDLDatabase).

-- as_of is the date the report counted up to (--as-of, else the day it ran); source is derived or checklist.
create table report_run_indicator (
    job_execution_id  bigint        not null,
    indicator_id      varchar(60)   not null,
    label             varchar(300)  not null,
    source            varchar(10)   not null,
    as_of             date          not null,
    done              integer       not null,
    total             integer       not null,
    primary key (job_execution_id, indicator_id)
);

create index report_run_indicator_as_of on report_run_indicator (indicator_id, as_of);
