INSERT INTO ext.settings VALUES ('a', 'x=>1');
INSERT INTO rooms VALUES (1, '[2024-01-01,2024-01-02)');
