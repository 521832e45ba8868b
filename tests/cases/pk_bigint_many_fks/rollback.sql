-- schemadiff rollback
-- source fingerprint: 3328aa4edf9d4480
-- target fingerprint: 1fb63bae8e0c719b
-- 9 statements; hazards: rewrite

BEGIN;

DROP VIEW public.account_totals;

SELECT pg_catalog.setval('public.accounts_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.accounts_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.accounts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.accounts ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN account_id TYPE integer USING account_id::integer;

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN account_id TYPE integer USING account_id::integer;

CREATE VIEW public.account_totals AS
 SELECT a.id,
    a.name,
    sum(i.total) AS total
   FROM (public.accounts a
     LEFT JOIN public.invoices i ON ((i.account_id = a.id)))
  GROUP BY a.id, a.name;

COMMIT;
