-- schemadiff rollback
-- source fingerprint: aa07b3606e7f6775
-- target fingerprint: 7c85bf8803196821
-- 4 statements; hazards: rewrite,long-lock

BEGIN;

DROP INDEX public.members_username_key;

-- hazard: rewrite
ALTER TABLE public.members ALTER COLUMN username TYPE text;

DROP COLLATION public.case_insensitive;

-- hazard: long-lock
CREATE UNIQUE INDEX members_username_key ON public.members USING btree (username);

COMMIT;
