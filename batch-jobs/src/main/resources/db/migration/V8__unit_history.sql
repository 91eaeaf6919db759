-- Historical unit names of a release (docs/addresses.md): names units were listed under before the release, with
-- the units that hold them now, read by the address reader. One row per line of the bundle's unit-history.csv.
-- Portable SQL for H2 and PostgreSQL; also the input of jOOQ's code generation.

create table ref_unit_history (
    release_id     varchar(40)   not null references ref_release (id) on delete cascade,
    seq            integer       not null,
    unit_level     varchar(10)   not null,
    code           varchar(5)    not null,
    unit_type      varchar(20)   not null,
    name           varchar(150)  not null,
    district_code  varchar(3),
    province_code  varchar(2)    not null,
    last_listed    varchar(10)   not null,
    change_kind    varchar(10)   not null,
    successors     varchar(200)  not null,
    basis          varchar(1000) not null,
    source         varchar(2000) not null,
    primary key (release_id, seq)
);
