insert into customers (name) values ('Ann'), ('Bjørn'), ('株式会社');
insert into invoices (customer_id, number, amount, tax, discount, paid) values
 (1, 'INV-0001', 100.00, 8.25, '$1.50', true),
 (2, 'INV-0002', 19.99, 1.60, NULL, false),
 (3, 'INV-0003', 0.50, 0.04, '$0.00', NULL);
