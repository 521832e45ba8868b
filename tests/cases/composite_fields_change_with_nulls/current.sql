-- A composite type whose fields are reordered, dropped and added, under a
-- column with rows (NULL, and a row of NULLs): values move over by field name.
CREATE TYPE pair AS (label text, amount integer, obsolete boolean);
CREATE TABLE ledger (id int PRIMARY KEY, main pair);
