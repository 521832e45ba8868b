CREATE TABLE files (
    id integer PRIMARY KEY,
    path text NOT NULL,
    name varchar(255) NOT NULL,
    ext text
);

CREATE INDEX files_path_idx ON files (path text_pattern_ops);
CREATE INDEX files_name_idx ON files (name COLLATE "C" varchar_pattern_ops DESC);
CREATE INDEX files_ext_idx ON files (ext COLLATE "POSIX" NULLS FIRST);
