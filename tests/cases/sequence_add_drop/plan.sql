-- schemadiff plan
-- source fingerprint: 5e8ee1097b939006
-- target fingerprint: d66167948b024a98
-- 2 statements; hazards: irreversible

BEGIN;

-- hazard: irreversible
DROP SEQUENCE public.old_batch_seq;

CREATE SEQUENCE public.new_batch_seq AS integer START WITH 1 INCREMENT BY 100 MINVALUE 1 MAXVALUE 2147483647 CACHE 5 NO CYCLE;

COMMIT;
