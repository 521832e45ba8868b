-- schemadiff plan
-- source fingerprint: e62be257ea090311
-- target fingerprint: a1e0bcb1c6dfb5b8
-- 7 statements; hazards: none

BEGIN;

ALTER SEQUENCE ids.global_id AS bigint START WITH 100 INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 5 NO CYCLE;

CREATE SEQUENCE "Audit Log"."Entry Seq" AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

CREATE TABLE "Audit Log"."Entries" (
    n integer DEFAULT nextval('"Audit Log"."Entry Seq"'::regclass),
    gid bigint DEFAULT nextval('ids.global_id'::regclass)
);

CREATE TABLE app.groups (
    id bigint DEFAULT nextval('ids.global_id'::regclass) NOT NULL,
    title text
);

ALTER SEQUENCE "Audit Log"."Entry Seq" OWNED BY "Audit Log"."Entries".n;

ALTER TABLE app.groups ADD CONSTRAINT groups_pkey PRIMARY KEY (id);

COMMENT ON SEQUENCE ids.global_id IS 'shared id space';

COMMIT;
