INSERT INTO employees VALUES (1, NULL, 'ann'), (2, NULL, 'bob');
INSERT INTO door_logs VALUES (1, NULL, 1, '2024-01-01'), (2, NULL, 2, '2024-01-02');
