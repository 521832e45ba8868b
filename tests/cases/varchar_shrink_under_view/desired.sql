-- Varchar shrink under view.
CREATE TABLE products (
    id int PRIMARY KEY,
    code varchar(16) NOT NULL,
    title varchar(200) NOT NULL,
    summary text
);
CREATE UNIQUE INDEX products_code_key ON products (code);
CREATE VIEW product_codes AS SELECT id, code, upper(code) AS code_uc FROM products;
