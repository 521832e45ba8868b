CREATE SCHEMA seqs; CREATE SCHEMA app;
CREATE SEQUENCE seqs.order_no;
CREATE TABLE app.orders (id int PRIMARY KEY, no bigint DEFAULT nextval('seqs.order_no'));
