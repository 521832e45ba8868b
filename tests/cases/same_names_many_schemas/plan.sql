-- schemadiff plan
-- source fingerprint: f0d69ec1f9de70fb
-- target fingerprint: eed1ec13899c1205
-- 13 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE OR REPLACE FUNCTION b.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 20$function$;

CREATE TYPE b.status AS ENUM ('on', 'off', 'unknown');

CREATE OR REPLACE FUNCTION public.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 0$function$;

ALTER TABLE b.items ADD COLUMN ref integer;

ALTER TABLE b.items ADD COLUMN s b.status DEFAULT 'unknown'::b.status;

CREATE OR REPLACE VIEW b.v AS
SELECT id, s FROM b.items;

ALTER TABLE public.items ADD COLUMN note text;

ALTER TABLE b.items ADD CONSTRAINT items_ref_fkey FOREIGN KEY (ref) REFERENCES a.items(id) NOT VALID;

CREATE VIEW public.v AS
SELECT id, note FROM items;

COMMIT;

ALTER TABLE b.items VALIDATE CONSTRAINT items_ref_fkey;

CREATE INDEX CONCURRENTLY items_idx ON a.items USING btree (s);

CREATE INDEX CONCURRENTLY items_idx ON b.items USING btree (s);

CREATE INDEX CONCURRENTLY items_idx ON public.items USING btree (note);
