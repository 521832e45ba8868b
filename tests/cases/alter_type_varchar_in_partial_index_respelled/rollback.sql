-- schemadiff rollback
-- source fingerprint: 8cd99584117fd3eb
-- target fingerprint: 0c479ae62683c783
-- 3 statements; hazards: rewrite,long-lock

BEGIN;

DROP INDEX public.subs_one_live_idx;

-- hazard: rewrite
ALTER TABLE public.subs ALTER COLUMN status TYPE character varying(16);

-- hazard: long-lock
CREATE UNIQUE INDEX subs_one_live_idx ON public.subs USING btree (team_id) WHERE (status IN ('trialing'::character varying, 'active'::character varying));

COMMIT;
