-- TOAST storage parameters: set, changed, reset, and on a new table.
CREATE TABLE docs (id int PRIMARY KEY, body text) WITH (fillfactor = 90);
CREATE TABLE notes (id int PRIMARY KEY, body text) WITH (toast.autovacuum_vacuum_scale_factor = 0.2);
CREATE TABLE blobs (id int PRIMARY KEY, data bytea) WITH (toast.autovacuum_enabled = false, autovacuum_enabled = false);
