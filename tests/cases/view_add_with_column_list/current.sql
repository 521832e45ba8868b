-- A new view with a column list: the names come from the list, not the query.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
