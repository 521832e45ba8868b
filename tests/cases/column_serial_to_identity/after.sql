-- the next rows take ids after the existing ones, after the plan and after the rollback
INSERT INTO categories (name) VALUES ('music');
INSERT INTO products (category_id, name) VALUES (1, 'atlas');
