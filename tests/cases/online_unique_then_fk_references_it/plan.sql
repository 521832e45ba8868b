-- schemadiff plan
-- source fingerprint: 6b5c340598cfbead
-- target fingerprint: 6766134768d79da2
-- 17 statements; hazards: long-lock

SET search_path = public;

BEGIN;

ALTER TABLE public.country ADD CONSTRAINT schemadiff_nn_211b0f0702e607bf CHECK (iso IS NOT NULL) NOT VALID;

CREATE TABLE public.airport (
    code text NOT NULL,
    country_iso text NOT NULL
);

ALTER TABLE public.airport ADD CONSTRAINT airport_pkey PRIMARY KEY (code);

-- hazard: long-lock
ALTER TABLE public.country ADD CONSTRAINT country_pkey PRIMARY KEY (id);

ALTER TABLE public.country CLUSTER ON country_pkey;

-- hazard: long-lock
ALTER TABLE public.country ADD CONSTRAINT country_iso_key UNIQUE (iso);

ALTER TABLE public.airport ADD CONSTRAINT airport_country_iso_fkey FOREIGN KEY (country_iso) REFERENCES public.country(iso);

ALTER TABLE public.city ADD CONSTRAINT city_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id) NOT VALID;

ALTER TABLE public.city ADD CONSTRAINT city_country_iso_fkey FOREIGN KEY (country_iso) REFERENCES public.country(iso) NOT VALID;

CREATE VIEW public.city_country AS
SELECT c.id, k.name FROM public.city c JOIN public.country k ON k.id = c.country_id GROUP BY c.id, k.id;

COMMENT ON CONSTRAINT country_iso_key ON public.country IS 'iso';

COMMIT;

ALTER TABLE public.country VALIDATE CONSTRAINT schemadiff_nn_211b0f0702e607bf;

ALTER TABLE public.country ALTER COLUMN iso SET NOT NULL;

ALTER TABLE public.country DROP CONSTRAINT schemadiff_nn_211b0f0702e607bf;

ALTER TABLE public.city VALIDATE CONSTRAINT city_country_id_fkey;

ALTER TABLE public.city VALIDATE CONSTRAINT city_country_iso_fkey;

ALTER TABLE public.country REPLICA IDENTITY USING INDEX country_iso_key;
