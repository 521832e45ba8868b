-- schemadiff plan
-- source fingerprint: 0965723b1f29da8d
-- target fingerprint: 822a19914cbd9317
-- 16 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TYPE public.kind ADD VALUE 'c' AFTER 'a';

COMMIT;

BEGIN;

DROP VIEW public.item_view;

ALTER TABLE public.items DROP CONSTRAINT items_qty_check;

CREATE OR REPLACE FUNCTION public.ok(v integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT v >= 0 $function$;

ALTER TABLE public.items ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.items ALTER COLUMN id SET DEFAULT nextval('public.item_seq'::regclass);

ALTER TABLE public.items ALTER COLUMN k DROP DEFAULT;

ALTER TABLE public.items ALTER COLUMN k SET DEFAULT 'c'::public.kind;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN qty TYPE bigint USING qty::bigint;

CREATE TABLE public.extra (
    id integer DEFAULT nextval('public.item_seq'::regclass),
    k public.kind
);

ALTER TABLE public.items ADD COLUMN k2 public.kind[] DEFAULT '{b}'::public.kind[];

ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK (public.ok(qty::int)) NOT VALID;

CREATE VIEW public.item_view AS
SELECT id, qty, k, k2 FROM public.items;

COMMIT;

ALTER TABLE public.items VALIDATE CONSTRAINT items_qty_check;

CREATE INDEX CONCURRENTLY items_k_idx ON public.items USING btree (k) WHERE k <> 'b';
