-- schemadiff rollback
-- source fingerprint: 96d873167635b35d
-- target fingerprint: 10b55673179c3abd
-- 2 statements; hazards: irreversible

BEGIN;

-- hazard: irreversible
DROP SEQUENCE public.new_batch_seq;

CREATE SEQUENCE public.old_batch_seq AS bigint START WITH 10 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
