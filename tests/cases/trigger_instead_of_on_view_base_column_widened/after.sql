INSERT INTO active_customers VALUES (10, 'c@x');
DELETE FROM active_customers WHERE id = 10;
DELETE FROM customers WHERE id = 10;
