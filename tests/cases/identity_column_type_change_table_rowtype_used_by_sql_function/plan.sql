-- schemadiff plan
-- source fingerprint: 323a82cca50a6ec9
-- target fingerprint: d69a230cd57eda97
-- 4 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.event_label(e public.events);

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.events ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

CREATE OR REPLACE FUNCTION public.event_label(e public.events)
 RETURNS text
 LANGUAGE sql
 STABLE
RETURN (((e).id || ':'::text) || (e).name);

COMMIT;
