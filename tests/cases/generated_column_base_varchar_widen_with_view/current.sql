CREATE TABLE skus (id int PRIMARY KEY, prefix varchar(4) NOT NULL, num int NOT NULL,
  code text GENERATED ALWAYS AS (prefix || '-' || num) STORED);
CREATE VIEW sku_codes AS SELECT id, code FROM skus;
