-- Column type change with column grant.
CREATE TABLE employees (id integer PRIMARY KEY, name text NOT NULL, badge varchar(8));
GRANT SELECT (id, name, badge) ON employees TO sd_reader;
GRANT UPDATE (badge) ON employees TO sd_writer;
