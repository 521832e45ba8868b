insert into invoices (customer_id, number, amount) values (1, 'INV-' || nextval('invoices_id_seq'), 1999);
