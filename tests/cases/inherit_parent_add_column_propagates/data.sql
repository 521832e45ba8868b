-- Inherit parent add column propagates.
INSERT INTO customers (id, name) VALUES (1, 'c');
INSERT INTO suppliers (id, vat) VALUES (2, 'v');
