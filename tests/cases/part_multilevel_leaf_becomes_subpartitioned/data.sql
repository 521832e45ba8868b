INSERT INTO metrics VALUES ('acme', '2025-01-01', 1), ('big', '2025-02-01', 2);
