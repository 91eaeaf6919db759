-- Procedure re-publication runs (spec §7), stored by `dvhc procedures republish` and read by `dvhc report` per new
-- province. Keyed by the Spring Batch job execution id of the run that stored them. Portable SQL for H2 and
-- PostgreSQL; it is also the input of jOOQ's code generation (DDLDatabase). Free text is `varchar` without a
-- length: procedure names, agencies and legal bases have no useful bound.

-- as_of is --as-of as given (null: the newest release); release_id is the release it selected.
create table procedure_run (
    job_execution_id        bigint        not null primary key,
    job_instance_id         bigint        not null,
    release_id              varchar(40)   not null,
    as_of                   date,
    default_district_level  varchar(10)   not null,
    output_dir              varchar(1000) not null,
    rows_read               integer       not null,
    heading_rows            integer       not null,
    old_procedures          integer       not null,
    published               integer       not null,
    orphans                 integer       not null,
    conflicts               integer       not null,
    warnings                integer       not null,
    finished_at             timestamp     not null
);

-- Every input file with its SHA-256: catalogues, rules, agency crosswalk, H-code table.
create table procedure_run_input (
    job_execution_id  bigint        not null references procedure_run (job_execution_id) on delete cascade,
    seq               integer       not null,
    kind              varchar(20)   not null,
    file_path         varchar(1000) not null,
    sha256            char(64)      not null,
    record_count      integer       not null,
    old_provinces     varchar(200)  not null,
    primary key (job_execution_id, seq)
);

-- One row per new province that received a catalogue; agency_code is the level-1 code of its People's Committee
-- (H38), the suffix of its local procedure codes.
create table procedure_run_province (
    job_execution_id      bigint        not null references procedure_run (job_execution_id) on delete cascade,
    province_code         varchar(2)    not null,
    province_name         varchar(150)  not null,
    agency_code           varchar(13)   not null,
    old_provinces         varchar(200)  not null,
    missing_old_provinces varchar(200)  not null,
    old_procedures        integer       not null,
    published             integer       not null,
    orphans               integer       not null,
    conflicts             integer       not null,
    warnings              integer       not null,
    primary key (job_execution_id, province_code)
);

-- Published rows per level (tinh, xa, bo-nganh, khac), every level present.
create table procedure_run_level (
    job_execution_id  bigint       not null references procedure_run (job_execution_id) on delete cascade,
    province_code     varchar(2)   not null,
    level_id          varchar(10)  not null,
    published         integer      not null,
    primary key (job_execution_id, province_code, level_id)
);

-- Old procedures per change type (MOVED_LEVEL, MERGED, RENUMBERED, ABOLISHED, UNCHANGED, ORPHAN), every type present.
create table procedure_run_change (
    job_execution_id  bigint       not null references procedure_run (job_execution_id) on delete cascade,
    province_code     varchar(2)   not null,
    change_type       varchar(20)  not null,
    old_procedures    integer      not null,
    primary key (job_execution_id, province_code, change_type)
);

-- The published lists themselves, one row per procedure and level.
create table procedure_run_item (
    job_execution_id  bigint        not null references procedure_run (job_execution_id) on delete cascade,
    province_code     varchar(2)    not null,
    level_id          varchar(10)   not null,
    national_code     varchar(8)    not null,
    stt               integer       not null,
    local_code        varchar(30)   not null,
    name              varchar       not null,
    sector            varchar       not null,
    agency            varchar       not null,
    conflict_fields   varchar(100)  not null,
    primary key (job_execution_id, province_code, level_id, national_code)
);

-- District-level procedures nobody handles any more (no rule, --default-district-level orphan).
create table procedure_run_orphan (
    job_execution_id   bigint        not null references procedure_run (job_execution_id) on delete cascade,
    province_code      varchar(2)    not null,
    old_province_code  varchar(2)    not null,
    national_code      varchar(8)    not null,
    name               varchar       not null,
    source_file        varchar(1000) not null,
    source_line        bigint        not null,
    primary key (job_execution_id, old_province_code, national_code)
);

-- Details on which the merged old provinces disagree; variants holds one "province: value" per line.
create table procedure_run_conflict (
    job_execution_id  bigint       not null references procedure_run (job_execution_id) on delete cascade,
    province_code     varchar(2)   not null,
    national_code     varchar(8)   not null,
    level_id          varchar(10)  not null,
    field             varchar(20)  not null,
    variants          varchar      not null,
    primary key (job_execution_id, province_code, national_code, level_id, field)
);

create table procedure_run_warning (
    job_execution_id  bigint       not null references procedure_run (job_execution_id) on delete cascade,
    seq               integer      not null,
    province_code     varchar(2)   not null,
    kind              varchar(20)  not null,
    national_code     varchar(8),
    message           varchar      not null,
    primary key (job_execution_id, seq)
);
