insert into payments (merchant_id, amount, paid_on) values (1, 100, '2024-01-01'), (1, 250, '2024-01-01'), (2, -5, '2024-01-02');
refresh materialized view merchant_daily;
