-- schemadiff plan
-- source fingerprint: 10b55673179c3abd
-- target fingerprint: 96d873167635b35d
-- 2 statements; hazards: irreversible

BEGIN;

-- hazard: irreversible
DROP SEQUENCE public.old_batch_seq;

CREATE SEQUENCE public.new_batch_seq AS integer START WITH 1 INCREMENT BY 100 MINVALUE 1 MAXVALUE 2147483647 CACHE 5 NO CYCLE;

COMMIT;
