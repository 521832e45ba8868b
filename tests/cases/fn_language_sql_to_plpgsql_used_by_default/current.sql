CREATE SEQUENCE invoice_seq;
CREATE FUNCTION next_invoice_no() RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT 'INV-' || lpad(nextval('invoice_seq')::text, 6, '0') $$;
CREATE TABLE invoices (id serial PRIMARY KEY, invoice_no text NOT NULL DEFAULT next_invoice_no() UNIQUE);
