CREATE TABLE t (id int PRIMARY KEY, p varchar(8) NOT NULL, c text GENERATED ALWAYS AS (p || 'x') STORED);
