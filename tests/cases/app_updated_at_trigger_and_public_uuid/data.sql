insert into customers (name, email, created_at) values ('Ann', NULL, '2020-03-29 02:30:00'), ('Łukasz', 'l@x.pl', NULL), ('Ann', 'dup@x', now());
insert into addresses (customer_id, line1, country) values (1, '1 Main St', 'US'), (2, 'ul. Długa 5', 'PL');
