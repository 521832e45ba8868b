INSERT INTO stock (sku) VALUES ('B-2');
DELETE FROM stock WHERE sku = 'B-2';
