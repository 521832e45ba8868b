insert into items (name) values ('generated sku');
