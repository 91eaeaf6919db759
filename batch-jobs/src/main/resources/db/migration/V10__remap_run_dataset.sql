-- What a remap run counts as for `dvhc report` (issue 19.7) and how many of its rows had leading zeros restored
-- (19.3). rows_sha256 identifies the dataset by its content: a SHA-256 over the decoded rows, the same for the same
-- rows in any encoding; dataset_name is the name given with --dataset. Runs stored before are null in both and
-- count by their input file, as they did.

alter table remap_run add column dataset_name varchar(100);

alter table remap_run add column rows_sha256 char(64);

alter table remap_run add column padded_rows bigint default 0 not null;
