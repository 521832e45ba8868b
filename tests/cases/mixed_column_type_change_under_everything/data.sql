INSERT INTO accounts (id, code, balance) VALUES (1, 'A', 5000), (2, 'B', -5);
INSERT INTO transfers VALUES (1, 'A', 10);
REFRESH MATERIALIZED VIEW account_totals;
