insert into invoices (number, total) values ('INV-000001', 10), ('INV-000002', 20.5);
