INSERT INTO addresses (country) VALUES ('US'), ('DE'), ('FR');
