-- schemadiff rollback
-- source fingerprint: c0456a40fcee0689
-- target fingerprint: db16ee6ce3605612
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;

ALTER TABLE public.a DROP CONSTRAINT a_e_key;

COMMIT;
