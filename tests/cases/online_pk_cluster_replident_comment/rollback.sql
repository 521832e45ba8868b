-- schemadiff rollback
-- source fingerprint: b8bbdcd3c05aedbc
-- target fingerprint: 264076248058b3b3
-- 6 statements; hazards: none

BEGIN;

DROP INDEX public.orders_note_idx;

ALTER TABLE public.orders DROP CONSTRAINT orders_code_key;

ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;

ALTER TABLE public.orders REPLICA IDENTITY DEFAULT;

ALTER TABLE public.orders ALTER COLUMN code DROP NOT NULL;

ALTER TABLE ONLY public.orders ALTER COLUMN note SET STATISTICS -1;

COMMIT;
