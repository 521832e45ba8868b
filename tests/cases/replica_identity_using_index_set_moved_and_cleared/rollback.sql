-- schemadiff rollback
-- source fingerprint: 67b023776570d749
-- target fingerprint: c2138e5ab11e217b
-- 7 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.a_id;

ALTER TABLE public.c DROP CONSTRAINT c_code_key;

-- hazard: data-loss,irreversible
DROP TABLE public.e;

ALTER TABLE public.c REPLICA IDENTITY DEFAULT;

ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_code;

ALTER TABLE public.b REPLICA IDENTITY USING INDEX b_code;

ALTER TABLE public.d REPLICA IDENTITY USING INDEX d_code;

COMMIT;
