INSERT INTO categories (name) VALUES ('books'), ('games');
INSERT INTO products (category_id, name) VALUES (1, 'novel'), (2, 'chess'), (2, 'go');
