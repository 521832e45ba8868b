-- schemadiff plan
-- source fingerprint: c9a773eafcf8c45b
-- target fingerprint: d4fe8889806116d6
-- 5 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE public.ticket_no_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 99999 CACHE 1 NO CYCLE;

ALTER TABLE public.tickets ALTER COLUMN ticket_no DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN ticket_no TYPE integer USING ticket_no::integer;

ALTER TABLE public.tickets ALTER COLUMN ticket_no SET DEFAULT nextval('public.ticket_no_seq'::regclass);

COMMENT ON SEQUENCE public.ticket_no_seq IS 'counter printed on paper tickets';

COMMIT;
