-- schemadiff rollback
-- source fingerprint: 757831ddc18dcab6
-- target fingerprint: b58ccd6389bf39be
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.c DROP CONSTRAINT fk;

COMMIT;
