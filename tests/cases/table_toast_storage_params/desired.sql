-- TOAST storage parameters: set, changed, reset, and on a new table.
CREATE TABLE docs (id int PRIMARY KEY, body text) WITH (fillfactor = 90, toast.autovacuum_enabled = false);
CREATE TABLE notes (id int PRIMARY KEY, body text) WITH (toast.autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE blobs (id int PRIMARY KEY, data bytea) WITH (autovacuum_enabled = false);
CREATE TABLE attachments (id int PRIMARY KEY, content text) WITH (toast_tuple_target = 256, toast.autovacuum_vacuum_threshold = 100);
