-- The reference catalog (spec §4): releases, their units, their mapping from the predecessor and code aliases.
-- Portable SQL for H2 and PostgreSQL; it is also the input of jOOQ's code generation (DDLDatabase).

create table ref_release (
    id              varchar(40)  not null primary key,
    title           varchar(300) not null,
    predecessor_id  varchar(40)  references ref_release (id),
    effective_date  date,
    source_format   varchar(20)  not null,
    built_in        boolean      not null,
    imported_at     timestamp    not null
);

create table ref_release_source (
    release_id  varchar(40)  not null references ref_release (id) on delete cascade,
    file_name   varchar(255) not null,
    sha256      char(64)     not null,
    size_bytes  bigint       not null,
    primary key (release_id, file_name)
);

create table ref_unit (
    release_id     varchar(40)  not null references ref_release (id) on delete cascade,
    unit_level     varchar(10)  not null,
    code           varchar(5)   not null,
    name           varchar(150) not null,
    unit_type      varchar(20)  not null,
    parent_code    varchar(5),
    province_code  varchar(2)   not null,
    search_key     varchar(200) not null,
    primary key (release_id, unit_level, code)
);

create index ref_unit_search on ref_unit (release_id, search_key);

create table ref_mapping (
    release_id     varchar(40)  not null references ref_release (id) on delete cascade,
    seq            integer      not null,
    old_level      varchar(10)  not null,
    old_code       varchar(5)   not null,
    new_code       varchar(5)   not null,
    split          boolean      not null,
    is_default     boolean      not null,
    note           varchar(500) not null,
    default_basis  varchar(100) not null,
    primary key (release_id, old_level, old_code, new_code)
);

create index ref_mapping_new on ref_mapping (release_id, new_code);

create table ref_alias (
    release_id  varchar(40)   not null references ref_release (id) on delete cascade,
    unit_level  varchar(10)   not null,
    alias_code  varchar(5)    not null,
    code        varchar(5)    not null,
    note        varchar(1000) not null,
    primary key (release_id, unit_level, alias_code)
);
