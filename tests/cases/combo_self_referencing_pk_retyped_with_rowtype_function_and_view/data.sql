INSERT INTO categories (parent_id, name) VALUES (NULL, 'root'), (1, 'child'), (2, 'leaf');
