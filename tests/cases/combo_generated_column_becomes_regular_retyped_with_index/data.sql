INSERT INTO shipments (id, weight_g) VALUES (1, 2500), (2, 12000);
