-- Agency-register validation runs (spec §6), stored by `dvhc agencies validate` and read by `dvhc report` per new
-- province. Keyed by the Spring Batch job execution id of the run that stored them. Portable SQL for H2 and
-- PostgreSQL; it is also the input of jOOQ's code generation (DDLDatabase).

-- as_of is the date the register was checked against; release_id the catalog release in force on it.
create table agency_run (
    job_execution_id  bigint        not null primary key,
    job_instance_id   bigint        not null,
    register_file     varchar(1000) not null,
    register_sha256   char(64)      not null,
    as_of             date          not null,
    release_id        varchar(40)   not null,
    rows_read         integer       not null,
    agencies          integer       not null,
    errors            integer       not null,
    warnings          integer       not null,
    infos             integer       not null,
    finished_at       timestamp     not null
);

-- Every finding of the run. line is the register line (null for register-wide findings such as coverage);
-- province_code is the new province the finding is attributed to (null when it cannot be attributed).
create table agency_finding (
    job_execution_id  bigint        not null references agency_run (job_execution_id) on delete cascade,
    seq               integer       not null,
    rule_id           varchar(40)   not null,
    severity          varchar(10)   not null,
    line              bigint,
    code              varchar(40),
    province_code     varchar(2),
    message           varchar       not null,
    hint              varchar       not null,
    primary key (job_execution_id, seq)
);

-- One row per new province the register covers: its agencies, findings by severity, and commune coverage
-- (communes of the province in force on as_of, and how many have a commune People's Committee code).
create table agency_run_province (
    job_execution_id  bigint        not null references agency_run (job_execution_id) on delete cascade,
    province_code     varchar(2)    not null,
    agencies          integer       not null,
    errors            integer       not null,
    warnings          integer       not null,
    infos             integer       not null,
    communes          integer       not null,
    communes_covered  integer       not null,
    primary key (job_execution_id, province_code)
);
