UPDATE invoices SET amount = 8 WHERE id = 2;
