-- schemadiff rollback
-- source fingerprint: 04f4da3c22394c51
-- target fingerprint: f05f7591dd4c9cd2
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON SEQUENCE ids.account_seq IS NULL;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_external_no_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.accounts DROP COLUMN external_no;

-- hazard: irreversible
DROP SEQUENCE ids.account_ext_seq;

ALTER SEQUENCE ids.account_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
