INSERT INTO events.log VALUES (1, '2023-05-01', 'x'), (2, '2024-05-01', 'y');
