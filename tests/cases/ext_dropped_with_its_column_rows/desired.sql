CREATE TABLE books (id integer PRIMARY KEY);
