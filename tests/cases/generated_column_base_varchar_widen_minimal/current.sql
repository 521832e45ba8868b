CREATE TABLE t (id int PRIMARY KEY, p varchar(4) NOT NULL, c text GENERATED ALWAYS AS (p || 'x') STORED);
