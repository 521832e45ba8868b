INSERT INTO products VALUES (1, 'AB-1', 'Anvil', 'heavy'), (2, 'CD-22', 'Bucket', NULL);
