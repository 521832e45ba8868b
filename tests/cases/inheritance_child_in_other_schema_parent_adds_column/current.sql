CREATE SCHEMA base; CREATE SCHEMA "Tenant A";
CREATE TABLE base.entity (id int NOT NULL, created timestamptz DEFAULT now());
CREATE TABLE "Tenant A".entity (extra text) INHERITS (base.entity);
