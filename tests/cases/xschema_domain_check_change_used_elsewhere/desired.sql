CREATE SCHEMA common; CREATE SCHEMA sales; CREATE SCHEMA hr;
CREATE DOMAIN common.email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%') CONSTRAINT email_lower CHECK (VALUE = lower(VALUE));
CREATE DOMAIN common.money_amt AS numeric(14,2) NOT NULL DEFAULT 0;
CREATE TABLE sales.customers (id int PRIMARY KEY, email common.email UNIQUE, balance common.money_amt);
CREATE TABLE hr.employees (id int PRIMARY KEY, work_email common.email, salary common.money_amt);
CREATE FUNCTION hr.domain_of(e common.email) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 2) $$;
COMMENT ON DOMAIN common.email IS 'lower-case address';
