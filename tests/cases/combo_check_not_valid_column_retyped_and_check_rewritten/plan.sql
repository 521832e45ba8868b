-- schemadiff plan
-- source fingerprint: 32fe6f5b08dc750d
-- target fingerprint: 7828f674e1c95b9f
-- 8 statements; hazards: rewrite

SET search_path = public;

BEGIN;

ALTER TABLE public.readings DROP CONSTRAINT readings_range;

ALTER TABLE public.readings DROP CONSTRAINT readings_station_check;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN celsius TYPE numeric(5,1) USING celsius::numeric(5,1);

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN station TYPE character varying(32);

ALTER TABLE public.readings ADD CONSTRAINT readings_range CHECK (celsius BETWEEN -90.0 AND 60.0) NOT VALID;

ALTER TABLE public.readings ADD CONSTRAINT readings_station_check CHECK (station <> '') NOT VALID;

COMMIT;

ALTER TABLE public.readings VALIDATE CONSTRAINT readings_station_check;

CREATE INDEX CONCURRENTLY readings_station_idx ON public.readings USING btree (station);
