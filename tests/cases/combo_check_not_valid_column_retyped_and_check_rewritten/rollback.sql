-- schemadiff rollback
-- source fingerprint: 7828f674e1c95b9f
-- target fingerprint: 32fe6f5b08dc750d
-- 7 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public.readings_station_idx;

ALTER TABLE public.readings DROP CONSTRAINT readings_range;

ALTER TABLE public.readings DROP CONSTRAINT readings_station_check;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.readings ALTER COLUMN celsius TYPE integer USING celsius::integer;

ALTER TABLE public.readings ALTER COLUMN station TYPE text USING station::text;

ALTER TABLE public.readings ADD CONSTRAINT readings_range CHECK (((celsius >= '-90'::integer) AND (celsius <= 60))) NOT VALID;

ALTER TABLE public.readings ADD CONSTRAINT readings_station_check CHECK ((station <> ''::text)) NOT VALID;

COMMIT;
