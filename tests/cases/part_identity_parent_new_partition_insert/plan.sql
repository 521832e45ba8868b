-- schemadiff plan
-- source fingerprint: a51ce276a436dd1b
-- target fingerprint: fcc74169edaf9e31
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.audit_log DETACH PARTITION public.audit_log_default;

CREATE TABLE public.audit_log_2026 PARTITION OF public.audit_log FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

WITH moved AS (DELETE FROM public.audit_log_default WHERE ((at IS NOT NULL) AND (at >= '2026-01-01 00:00:00+00'::timestamp with time zone) AND (at < '2027-01-01 00:00:00+00'::timestamp with time zone)) RETURNING *)
INSERT INTO public.audit_log_2026 (id, at, actor) OVERRIDING SYSTEM VALUE
SELECT id, at, actor FROM moved;

-- hazard: long-lock
ALTER TABLE public.audit_log ATTACH PARTITION public.audit_log_default DEFAULT;

-- hazard: long-lock
CREATE INDEX audit_log_at_brin ON public.audit_log USING brin (at);

COMMIT;
