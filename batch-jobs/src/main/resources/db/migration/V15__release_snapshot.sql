-- A compact copy of each release's content (catalog.ReleaseSnapshot, issue 17): commands that need a whole
-- release read this one value instead of its rows. It is used only while the release's checksum (attributes,
-- import time, source files) is the one it was made from, and made again by the next command otherwise.
-- Portable SQL for H2 and PostgreSQL; it is also the input of jOOQ's code generation (DDLDatabase).

create table ref_release_snapshot (
    release_id  varchar(40)  not null references ref_release (id) on delete cascade,
    checksum    char(64)     not null,
    content     bytea        not null,
    primary key (release_id, checksum)
);
