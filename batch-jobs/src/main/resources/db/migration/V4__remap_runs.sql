-- Summaries of completed remap runs (spec §5), read by `dvhc report` per new province.

create table remap_run (
    job_execution_id  bigint        not null primary key,
    job_instance_id   bigint        not null,
    input_file        varchar(1000) not null,
    input_sha256      char(64)      not null,
    input_bytes       bigint        not null,
    output_file       varchar(1000) not null,
    rejects_file      varchar(1000) not null,
    release_from      varchar(40)   not null,
    release_to        varchar(40)   not null,
    on_split          varchar(10)   not null,
    rows_read         bigint        not null,
    rows_written      bigint        not null,
    rows_rejected     bigint        not null,
    blank_lines       bigint        not null,
    mapped_rows       bigint        not null,
    split_rows        bigint        not null,
    alias_rows        bigint        not null,
    duration_ms       bigint        not null,
    finished_at       timestamp     not null
);

create table remap_run_reason (
    job_execution_id  bigint       not null references remap_run (job_execution_id) on delete cascade,
    reason            varchar(20)  not null,
    row_count         bigint       not null,
    primary key (job_execution_id, reason)
);

create table remap_run_province (
    job_execution_id  bigint       not null references remap_run (job_execution_id) on delete cascade,
    province_code     varchar(2)   not null,
    mapped_rows       bigint       not null,
    split_rows        bigint       not null,
    alias_rows        bigint       not null,
    rejected_rows     bigint       not null,
    primary key (job_execution_id, province_code)
);
