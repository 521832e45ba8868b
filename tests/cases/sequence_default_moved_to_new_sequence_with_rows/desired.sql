CREATE SEQUENCE old_seq;
CREATE SEQUENCE new_seq;
CREATE TABLE t (id bigint PRIMARY KEY DEFAULT nextval('new_seq'), v text);
