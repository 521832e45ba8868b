INSERT INTO categories (parent_id, name) VALUES (1, 'new');
SELECT category_label(c) FROM categories c;
