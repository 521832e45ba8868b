-- Domain check tighten.
CREATE DOMAIN email_addr AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN pos_int AS integer CHECK (VALUE >= 0);
CREATE TABLE contacts (id int PRIMARY KEY, email email_addr NOT NULL, age pos_int);
CREATE FUNCTION domain_of(e email_addr) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 2) $$;
CREATE VIEW contact_domains AS SELECT id, domain_of(email) AS dom FROM contacts;
