CREATE TYPE address AS (zip text, street text, city text);
REVOKE USAGE ON TYPE address FROM PUBLIC;
GRANT USAGE ON TYPE address TO sd_writer;
CREATE TABLE customers (id int PRIMARY KEY, addr address);
