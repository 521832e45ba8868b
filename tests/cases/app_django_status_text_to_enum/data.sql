insert into shop_order (reference, status, priority, created) values
 ('R-1', 'pending', NULL, now()), ('R-2', 'paid', 1, now()), ('R-3', 'cancelled', 3, '2020-02-29 23:59:59+14'), ('R-ß', 'shipped', NULL, now());
insert into shop_orderline (order_id, sku, quantity) values (1, 'A', 1), (2, 'B', 5), (4, 'Ç', 2);
