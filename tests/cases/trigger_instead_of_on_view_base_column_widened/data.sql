INSERT INTO customers VALUES (1, 'a@x', NULL), (2, 'b@x', now());
