-- schemadiff rollback
-- source fingerprint: 822a19914cbd9317
-- target fingerprint: 0965723b1f29da8d
-- 19 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.item_view;

DROP INDEX public.items_k_idx;

ALTER TABLE public.items DROP CONSTRAINT items_qty_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.items DROP COLUMN k2;

-- hazard: data-loss,irreversible
DROP TABLE public.extra;

ALTER TYPE public.kind RENAME TO kind__schemadiff_old;

CREATE TYPE public.kind AS ENUM ('a', 'b');

CREATE OR REPLACE FUNCTION public.ok(v integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT v > 0 $function$;

ALTER TABLE public.items ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.items ALTER COLUMN id SET DEFAULT nextval('public.item_seq'::regclass);

ALTER TABLE public.items ALTER COLUMN k DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN k TYPE public.kind USING k::text::public.kind;

ALTER TABLE public.items ALTER COLUMN k SET DEFAULT 'a'::public.kind;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN qty TYPE integer USING qty::integer;

DROP TYPE public.kind__schemadiff_old;

ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK (public.ok(qty)) NOT VALID;

CREATE VIEW public.item_view AS
 SELECT items.id,
    items.qty,
    items.k
   FROM public.items;

COMMIT;

ALTER TABLE public.items VALIDATE CONSTRAINT items_qty_check;
