UPDATE stock SET qty = qty + 1;
DELETE FROM stock WHERE sku = 'zz';
