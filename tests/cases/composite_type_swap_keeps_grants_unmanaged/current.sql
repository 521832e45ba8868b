CREATE TYPE address AS (street text, city text, zip text);
REVOKE USAGE ON TYPE address FROM PUBLIC;
GRANT USAGE ON TYPE address TO sd_writer;
CREATE TABLE customers (id int PRIMARY KEY, addr address);
