CREATE SCHEMA seqs; CREATE SCHEMA app;
CREATE SEQUENCE app.order_no AS bigint MINVALUE 1000;
CREATE TABLE app.orders (id int PRIMARY KEY, no bigint UNIQUE DEFAULT nextval('app.order_no'));
ALTER SEQUENCE app.order_no OWNED BY app.orders.no;
