CREATE DOMAIN money_amount AS numeric(12,2) CHECK (VALUE >= 0);
REVOKE USAGE ON DOMAIN money_amount FROM PUBLIC;
GRANT USAGE ON DOMAIN money_amount TO sd_writer;
CREATE TABLE payments (id int PRIMARY KEY, amount money_amount NOT NULL);
