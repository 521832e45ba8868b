INSERT INTO currencies VALUES ('EUR', 'Euro'), ('USD', 'Dollar');
INSERT INTO prices (currency, amount) VALUES ('USD', 1), ('EUR', 2);
