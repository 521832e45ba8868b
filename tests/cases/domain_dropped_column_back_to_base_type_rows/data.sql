INSERT INTO addresses (zip) VALUES ('90210'), ('10001');
