CREATE SEQUENCE invoice_seq;
CREATE FUNCTION next_invoice_no() RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$ BEGIN RETURN 'INV-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('invoice_seq')::text, 6, '0'); END $$;
CREATE TABLE invoices (id serial PRIMARY KEY, invoice_no text NOT NULL DEFAULT next_invoice_no() UNIQUE);
