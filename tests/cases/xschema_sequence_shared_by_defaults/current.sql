CREATE SCHEMA ids; CREATE SCHEMA app; CREATE SCHEMA "Audit Log";
CREATE SEQUENCE ids.global_id START 100;
CREATE TABLE app.users (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id'), name text);
