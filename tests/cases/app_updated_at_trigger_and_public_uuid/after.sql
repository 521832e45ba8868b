update customers set email = 'ann@x.com' where id = 1;
update addresses set line1 = line1 || ' ' where customer_id = 2;
insert into customers (name) values ('after');
