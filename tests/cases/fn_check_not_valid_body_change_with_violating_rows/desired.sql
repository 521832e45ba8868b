CREATE FUNCTION valid_email(e text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT e ~ '^[^@\s]+@[^@\s]+\.[a-z]+$' $$;
CREATE TABLE contacts (id int PRIMARY KEY, email text NOT NULL);
ALTER TABLE contacts ADD CONSTRAINT contacts_email_ok CHECK (valid_email(email)) NOT VALID;
