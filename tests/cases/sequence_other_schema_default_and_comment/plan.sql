-- schemadiff plan
-- source fingerprint: f05f7591dd4c9cd2
-- target fingerprint: 04f4da3c22394c51
-- 7 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE ids.account_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 5 NO CYCLE;

CREATE SEQUENCE ids.account_ext_seq AS bigint START WITH 500000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.accounts ADD COLUMN external_no bigint DEFAULT nextval('ids.account_ext_seq'::regclass) NOT NULL;

COMMENT ON SEQUENCE ids.account_ext_seq IS 'customer-visible account numbers';

COMMENT ON SEQUENCE ids.account_seq IS 'primary keys for accounts';

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY accounts_external_no_key ON public.accounts (external_no);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_external_no_key UNIQUE USING INDEX accounts_external_no_key;
