-- schemadiff plan
-- source fingerprint: d6bf6e3ccd348613
-- target fingerprint: 0a220610d934d75e
-- 2 statements; hazards: irreversible

BEGIN;

-- hazard: irreversible
DROP SEQUENCE public.old_batch_seq;

CREATE SEQUENCE public.new_batch_seq AS integer START WITH 1 INCREMENT BY 100 MINVALUE 1 MAXVALUE 2147483647 CACHE 5 NO CYCLE;

COMMIT;
