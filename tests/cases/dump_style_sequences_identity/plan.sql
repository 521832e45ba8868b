-- schemadiff plan
-- source fingerprint: e65b72a9a2945e38
-- target fingerprint: 5d21482163c45786
-- 7 statements; hazards: rewrite

BEGIN;

CREATE SEQUENCE public.t_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);

SELECT pg_catalog.setval('public.t_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.t) AS existing WHERE existing.last >= 1;

-- hazard: rewrite
ALTER TABLE public.t ADD COLUMN ext_id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.t_ext_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL;

ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t (id);

ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;
