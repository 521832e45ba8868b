INSERT INTO sites VALUES (1, 'hq');
INSERT INTO events VALUES (1, '2024-03-01', 'a'), (2, '2023-01-01', 'b'), (3, '2027-05-05', 'c');
