SELECT * FROM product_codes;
