-- Column type change with column grant.
CREATE TABLE employees (id bigint PRIMARY KEY, name text NOT NULL, badge text);
GRANT SELECT (id, name, badge) ON employees TO sd_reader;
GRANT UPDATE (badge) ON employees TO sd_writer;
