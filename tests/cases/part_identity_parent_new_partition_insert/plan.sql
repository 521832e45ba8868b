-- schemadiff plan
-- source fingerprint: a51ce276a436dd1b
-- target fingerprint: fcc74169edaf9e31
-- 2 statements; hazards: long-lock

BEGIN;

CREATE TABLE public.audit_log_2026 PARTITION OF public.audit_log FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

-- hazard: long-lock
CREATE INDEX audit_log_at_brin ON public.audit_log USING brin (at);

COMMIT;
