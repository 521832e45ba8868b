CREATE TYPE order_state AS ENUM ('new', 'paid', 'legacy', 'shipped');
REVOKE USAGE ON TYPE order_state FROM PUBLIC;
GRANT USAGE ON TYPE order_state TO sd_reader, sd_writer;
CREATE TABLE orders (id int PRIMARY KEY, state order_state NOT NULL DEFAULT 'new');
