-- Collation icu case insensitive column.
INSERT INTO members VALUES (1, 'Alice'), (2, 'bob');
