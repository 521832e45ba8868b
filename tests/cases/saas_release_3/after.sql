INSERT INTO accounts (name) VALUES ('initech');
INSERT INTO invoices (account_id, amount) VALUES (1, 10);
INSERT INTO invoice_items (invoice_id, description, unit_amount) SELECT max(id), 'widget', 3 FROM invoices;
UPDATE invoices SET status = 'overdue' WHERE status = 'sent';
SELECT * FROM receivables;
DO $$ BEGIN
  IF to_regclass('monthly_revenue') IS NOT NULL THEN
    REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_revenue;
  END IF;
END $$;
