INSERT INTO products VALUES ('ABC-1', 'thing'), ('XYZ-12345678901', 'legacy long sku');
