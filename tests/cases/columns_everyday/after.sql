INSERT INTO customers (email) VALUES ('new@x.io');
SELECT id, country_code, is_active FROM customers WHERE email = 'new@x.io';
