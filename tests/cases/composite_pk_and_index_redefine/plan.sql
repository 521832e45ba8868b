-- schemadiff plan
-- source fingerprint: 04e906b9b640bb1f
-- target fingerprint: d9b66ffd011e8c03
-- 6 statements; hazards: long-lock

SET search_path = public;

BEGIN;

DROP INDEX public.memberships_group_idx;

DROP INDEX public.memberships_owner_uq;

ALTER INDEX public.memberships_role_idx RENAME TO memberships_role_idx2;

-- hazard: long-lock
ALTER TABLE public.memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (group_id, user_id);

-- hazard: long-lock
CREATE UNIQUE INDEX memberships_owner_uq ON public.memberships USING btree (group_id) WHERE role IN ('owner', 'primary_owner');

COMMIT;

CREATE INDEX CONCURRENTLY memberships_group_idx ON public.memberships USING btree (group_id, joined_at DESC);
