INSERT INTO metrics VALUES ('big', '2026-06-01', 4), ('acme', '2026-06-01', 5);
