INSERT INTO prices (amount) VALUES (3);
