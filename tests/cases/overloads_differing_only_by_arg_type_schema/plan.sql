-- schemadiff plan
-- source fingerprint: 7d0dece126416647
-- target fingerprint: d0b80b37b1648fe4
-- 8 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.describe(s "Odd ""S"""."Status"[]);

CREATE OR REPLACE FUNCTION public.describe(s b.status)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'B:' || s $function$;

COMMENT ON FUNCTION public.describe(s b.status) IS 'for B';

CREATE OR REPLACE FUNCTION public.describe(s "Odd ""S"""."Status")
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'odd scalar' $function$;

CREATE OR REPLACE FUNCTION public.describe(s "Odd ""S"""."Status"[])
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'odd' $function$;

CREATE TABLE public.devices (
    id integer NOT NULL,
    sa a.status,
    sb b.status,
    da text GENERATED ALWAYS AS (public.describe(sa)) STORED,
    db text GENERATED ALWAYS AS (public.describe(sb)) STORED
);

ALTER TABLE public.devices ADD CONSTRAINT devices_pkey PRIMARY KEY (id);

COMMENT ON FUNCTION public.describe(s "Odd ""S"""."Status"[]) IS 'odd array';

COMMIT;
