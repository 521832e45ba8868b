-- schemadiff plan
-- source fingerprint: 2cd0ca5516675d4f
-- target fingerprint: 2990821505aeeb93
-- 4 statements; hazards: rewrite

BEGIN;

DROP STATISTICS public.tickets_prio_queue;

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN priority TYPE integer USING priority::integer;

CREATE STATISTICS public.tickets_prio_queue (mcv) ON priority, queue FROM public.tickets;

ALTER STATISTICS public.tickets_prio_queue SET STATISTICS 250;

COMMIT;
