insert into widgets (name, price) values ('washer', 1.00);
update widgets set price = price * 2 where price is not null;
delete from gadgets where id = 2;
insert into gadgets (label) values ('g3');
