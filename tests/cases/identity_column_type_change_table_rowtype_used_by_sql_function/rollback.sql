-- schemadiff rollback
-- source fingerprint: d69a230cd57eda97
-- target fingerprint: 323a82cca50a6ec9
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.event_label(e public.events);

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN id TYPE integer USING id::integer;

SELECT pg_catalog.setval('public.events_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.events_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER TABLE public.events ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

CREATE OR REPLACE FUNCTION public.event_label(e public.events)
 RETURNS text
 LANGUAGE sql
 STABLE
RETURN (((e).id || ':'::text) || (e).name);

COMMIT;
