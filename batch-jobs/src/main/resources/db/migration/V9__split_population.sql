-- Where the whole population of a split old commune went, per release (issue 15, docs/splits.md): the NSO note
-- "toàn bộ dân số" and resolution clauses that move only land. One row per old commune of the predecessor.
-- The built-in rows are installed by the Java migration 9.1 (BuiltInPopulationMigration), for new and existing
-- databases alike. Portable SQL for H2 and PostgreSQL; also the input of jOOQ's code generation.

create table ref_population (
    release_id       varchar(40)   not null references ref_release (id) on delete cascade,
    old_code         varchar(5)    not null,
    new_code         varchar(5)    not null,
    basis            varchar(200)  not null,
    nso_note         varchar(500)  not null,
    resolution       varchar(200)  not null,
    resolution_text  varchar(2000) not null,
    primary key (release_id, old_code)
);
