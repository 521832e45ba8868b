-- schemadiff rollback
-- source fingerprint: fe11395dd95cad81
-- target fingerprint: 38cf41f02b7753cc
-- 7 statements; hazards: none

BEGIN;

DROP INDEX public.ev_kind;

DROP INDEX public.ev_2025_body;

DROP INDEX public.ev_2026_id;

ALTER TABLE public.ev DROP CONSTRAINT ev_pkey;

ALTER TABLE public.ev ALTER COLUMN kind DROP NOT NULL;

ALTER TABLE public.ev_2026 REPLICA IDENTITY DEFAULT;

ALTER TABLE ONLY public.ev_2026 ALTER COLUMN body SET COMPRESSION default;

COMMIT;
