INSERT INTO countries VALUES ('DE', 'Germany'), ('FR', 'France');
INSERT INTO cities VALUES (1, 'DE', 'Berlin'), (2, 'FR', 'Paris');
