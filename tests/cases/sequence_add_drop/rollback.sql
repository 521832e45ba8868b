-- schemadiff rollback
-- source fingerprint: 5d58de7692dedaf1
-- target fingerprint: c85804bbca48eb2c
-- 2 statements; hazards: irreversible

BEGIN;

-- hazard: irreversible
DROP SEQUENCE public.new_batch_seq;

CREATE SEQUENCE public.old_batch_seq AS bigint START WITH 10 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
