-- Partitioned table fk add.
INSERT INTO customers VALUES (1, 'acme');
INSERT INTO orders VALUES (1, '2025-02-02', 1);
