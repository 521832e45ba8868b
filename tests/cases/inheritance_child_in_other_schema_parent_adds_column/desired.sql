CREATE SCHEMA base; CREATE SCHEMA "Tenant A";
CREATE TABLE base.entity (id int NOT NULL, created timestamptz DEFAULT now(), kind text CHECK (kind <> ''));
CREATE TABLE "Tenant A".entity (extra text) INHERITS (base.entity);
CREATE TABLE "Tenant A"."Entity" (other int) INHERITS (base.entity);
