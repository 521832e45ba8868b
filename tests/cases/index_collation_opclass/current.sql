CREATE TABLE files (
    id integer PRIMARY KEY,
    path text NOT NULL,
    name varchar(255) NOT NULL,
    ext text
);

CREATE INDEX files_path_idx ON files (path);
CREATE INDEX files_name_idx ON files (name);
