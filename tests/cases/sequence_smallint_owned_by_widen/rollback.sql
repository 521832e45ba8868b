-- schemadiff rollback
-- source fingerprint: 958af665de5c1334
-- target fingerprint: 0514ef5ca275144d
-- 7 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

ALTER SEQUENCE public.ticket_no_seq OWNED BY NONE;

-- hazard: data-loss,irreversible
DROP TABLE public.tickets;

SELECT pg_catalog.setval('public.categories_id_seq', CASE WHEN last_value > 32767 THEN 32767 ELSE 1 END, last_value > 32767) FROM public.categories_id_seq WHERE last_value > 32767 OR last_value < 1;

ALTER SEQUENCE public.categories_id_seq AS smallint START WITH 100 INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 CACHE 1 NO CYCLE;

ALTER TABLE public.categories ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN id TYPE smallint USING id::smallint;

ALTER TABLE public.categories ALTER COLUMN id SET DEFAULT nextval('public.categories_id_seq'::regclass);

COMMIT;
