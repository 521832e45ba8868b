with o as (insert into shop_order (reference, created) values ('R-' || (select count(*) from shop_order), now()) returning id)
insert into shop_orderline (order_id, sku, quantity) select id, 'Z', 1 from o;
