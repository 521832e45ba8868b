CREATE SEQUENCE tickets_id_seq START 1000;
CREATE TABLE tickets (id int PRIMARY KEY, legacy_no int DEFAULT nextval('tickets_id_seq'), title text);
