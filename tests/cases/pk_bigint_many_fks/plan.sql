-- schemadiff plan
-- source fingerprint: 1fb63bae8e0c719b
-- target fingerprint: 3328aa4edf9d4480
-- 8 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.account_totals;

ALTER SEQUENCE public.accounts_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.accounts ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

CREATE VIEW public.account_totals AS
SELECT a.id, a.name, sum(i.total) AS total FROM accounts a LEFT JOIN invoices i ON i.account_id = a.id GROUP BY a.id, a.name;

COMMIT;
