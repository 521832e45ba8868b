-- schemadiff plan
-- source fingerprint: 0c479ae62683c783
-- target fingerprint: 8cd99584117fd3eb
-- 3 statements; hazards: long-lock

SET search_path = public;

BEGIN;

DROP INDEX public.subs_one_live_idx;

ALTER TABLE public.subs ALTER COLUMN status TYPE character varying(32);

-- hazard: long-lock
CREATE UNIQUE INDEX subs_one_live_idx ON public.subs USING btree (team_id) WHERE status IN ('trialing', 'active');

COMMIT;
