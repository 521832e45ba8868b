insert into items (sku, name) values ('SKU-00001', 'Widget'), ('AB-12', NULL), ('ÄÖ-1', 'umlaut');
