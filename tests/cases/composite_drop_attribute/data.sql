INSERT INTO hr.employees (id, home) VALUES (1, ROW('1 Main St', 'Springfield', NULL));
