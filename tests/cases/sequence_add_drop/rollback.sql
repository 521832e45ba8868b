-- schemadiff rollback
-- source fingerprint: d66167948b024a98
-- target fingerprint: 5e8ee1097b939006
-- 2 statements; hazards: irreversible

BEGIN;

-- hazard: irreversible
DROP SEQUENCE public.new_batch_seq;

CREATE SEQUENCE public.old_batch_seq AS bigint START WITH 10 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
