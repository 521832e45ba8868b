INSERT INTO accounts (name) VALUES ('initech');
INSERT INTO invoices (account_id, amount) VALUES (1, 10);
UPDATE invoices SET amount = amount + 1 WHERE account_id = 1;
DO $$ BEGIN
  IF to_regclass('receivables') IS NOT NULL THEN
    INSERT INTO invoice_items (invoice_id, description, unit_amount) SELECT max(id), 'widget', 3 FROM invoices;
    PERFORM * FROM receivables;
  END IF;
END $$;
