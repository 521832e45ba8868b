CREATE COLLATION posix_c (provider = libc, locale = 'C');
CREATE TABLE files (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path text COLLATE posix_c NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX files_path_live_idx ON files (path) WHERE NOT deleted;
CREATE VIEW live_files AS SELECT id, path FROM files WHERE NOT deleted ORDER BY path;
