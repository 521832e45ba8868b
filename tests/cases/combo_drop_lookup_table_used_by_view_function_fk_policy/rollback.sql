-- schemadiff rollback
-- source fingerprint: 46f149ef947984d1
-- target fingerprint: c3e7a4f2f7db72cd
-- 6 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.region_name(p integer)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ SELECT name FROM regions WHERE id = p $function$;

CREATE TABLE public.regions (
    id integer NOT NULL,
    name text NOT NULL
);

CREATE OR REPLACE VIEW public.store_regions AS
 SELECT s.id,
    s.name,
    r.name AS region
   FROM (public.stores s
     LEFT JOIN public.regions r ON ((r.id = s.region_id)));

ALTER POLICY stores_visible ON public.stores TO PUBLIC USING (((region_id IS NULL) OR (EXISTS ( SELECT 1
   FROM public.regions r
  WHERE (r.id = stores.region_id)))));

ALTER TABLE public.regions ADD CONSTRAINT regions_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.stores ADD CONSTRAINT stores_region_id_fkey FOREIGN KEY (region_id) REFERENCES public.regions(id);

COMMIT;
