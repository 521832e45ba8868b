INSERT INTO fx.prices (id, currency, amount) VALUES (1, 'EUR', 10), (2, 'USD', 12);
