-- schemadiff rollback
-- source fingerprint: 54f8f3a3735de5e2
-- target fingerprint: 60115656ee79f3af
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.b REPLICA IDENTITY FULL;

ALTER TABLE public.b SET WITHOUT CLUSTER;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY a_k ON public.a USING btree (k);

ALTER TABLE public.a CLUSTER ON a_k;

ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_k;
