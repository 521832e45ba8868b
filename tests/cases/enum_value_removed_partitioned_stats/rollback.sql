-- schemadiff rollback
-- source fingerprint: 7a970aa37891a62c
-- target fingerprint: e1be2bc323d799b0
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.kind ADD VALUE 'zombie' AFTER 'b';

COMMIT;

BEGIN;

ALTER TABLE ONLY public.e_a ALTER COLUMN k SET STATISTICS -1;

COMMIT;
