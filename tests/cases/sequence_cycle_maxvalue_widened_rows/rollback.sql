-- schemadiff rollback
-- source fingerprint: d4fe8889806116d6
-- target fingerprint: c9a773eafcf8c45b
-- 6 statements; hazards: rewrite

BEGIN;

COMMENT ON SEQUENCE public.ticket_no_seq IS NULL;

SELECT pg_catalog.setval('public.ticket_no_seq', CASE WHEN last_value > 999 THEN 999 ELSE 1 END, last_value > 999) FROM public.ticket_no_seq WHERE last_value > 999 OR last_value < 1;

ALTER SEQUENCE public.ticket_no_seq AS smallint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 999 CACHE 1 CYCLE;

ALTER TABLE public.tickets ALTER COLUMN ticket_no DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN ticket_no TYPE smallint USING ticket_no::smallint;

ALTER TABLE public.tickets ALTER COLUMN ticket_no SET DEFAULT nextval('public.ticket_no_seq'::regclass);

COMMIT;
