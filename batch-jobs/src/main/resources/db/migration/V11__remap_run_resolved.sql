-- Rows of split communes that a remap resolved (issue 15, docs/splits.md): by the law (--on-split population) or
-- by a province's rules (--split-rules). split_rows counts only what stays open, so that the report's split share
-- does. Runs stored before this version resolved nothing: 0. Portable SQL for H2 and PostgreSQL.

alter table remap_run add column resolved_law_rows bigint default 0 not null;
alter table remap_run add column resolved_rule_rows bigint default 0 not null;
alter table remap_run_province add column resolved_law_rows bigint default 0 not null;
alter table remap_run_province add column resolved_rule_rows bigint default 0 not null;
