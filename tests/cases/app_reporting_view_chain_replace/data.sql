insert into sales (region, amount, sold_at) values ('north', 120.00, '2024-01-05'), ('north', 5.5, '2024-02-01'), ('südwest', 99999999.99, '2024-01-31');
