CREATE EXTENSION isn;
CREATE EXTENSION seg;
CREATE TABLE books (id integer PRIMARY KEY, isbn isbn13 UNIQUE, range seg);
