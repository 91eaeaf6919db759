-- Rows of a remap by code whose address or unit names named another unit (issue 14, docs/remap.md): the data-quality
-- check a province runs before cutover. Null for a run that read no address. Portable SQL for H2 and PostgreSQL;
-- also the input of jOOQ's code generation.

alter table remap_run add column address_mismatches bigint;
