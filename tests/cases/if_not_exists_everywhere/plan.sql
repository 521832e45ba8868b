-- schemadiff plan
-- source fingerprint: cc01f524eb9cd132
-- target fingerprint: 0dead434a5e71a7a
-- 7 statements; hazards: none

BEGIN;

CREATE SCHEMA inv;

CREATE EXTENSION pg_trgm WITH SCHEMA public VERSION '1.6';

CREATE SEQUENCE inv.item_no_seq AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE TABLE inv.stock (
    item_id bigint,
    qty integer DEFAULT 0 NOT NULL,
    no bigint DEFAULT nextval('inv.item_no_seq'::regclass)
);

ALTER TABLE inv.stock ADD CONSTRAINT stock_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.items(id);

CREATE UNIQUE INDEX stock_item_uq ON inv.stock USING btree (item_id);

COMMIT;

CREATE INDEX CONCURRENTLY items_name_trgm ON public.items USING gin (name public.gin_trgm_ops);
