-- A finding quotes the code as the register wrote it, and a malformed code can be longer than the 35 characters a
-- valid one has: the column keeps it whole (never cut data away). Portable syntax for H2 and PostgreSQL.
alter table agency_finding alter column code set data type varchar;
