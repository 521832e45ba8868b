insert into invoices (total) values (99.99);
