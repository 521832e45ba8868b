-- Partition hash new table with index.
CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
