-- Mixed release billing v2.
INSERT INTO billing.customers VALUES (1, 'a@x', 'A'), (2, 'b@x', NULL);
INSERT INTO billing.invoices VALUES (1, 1, 'sent', 1000, '2025-01-01'), (2, 2, 'paid', 500, NULL);
