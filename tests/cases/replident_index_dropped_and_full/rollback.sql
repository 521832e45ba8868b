-- schemadiff rollback
-- source fingerprint: 85fcabf40a1253a6
-- target fingerprint: ecbd93c6440e7bad
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.b REPLICA IDENTITY FULL;

ALTER TABLE public.b SET WITHOUT CLUSTER;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY a_k ON public.a USING btree (k);

ALTER TABLE public.a CLUSTER ON a_k;

ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_k;
