-- schemadiff plan
-- source fingerprint: 04e906b9b640bb1f
-- target fingerprint: d9b66ffd011e8c03
-- 7 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

DROP INDEX public.memberships_group_idx;

DROP INDEX public.memberships_owner_uq;

DROP INDEX public.memberships_role_idx;

-- hazard: long-lock
ALTER TABLE public.memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (group_id, user_id);

-- hazard: long-lock
CREATE UNIQUE INDEX memberships_owner_uq ON public.memberships USING btree (group_id) WHERE role IN ('owner', 'primary_owner');

COMMIT;

CREATE INDEX CONCURRENTLY memberships_group_idx ON public.memberships USING btree (group_id, joined_at DESC);

CREATE INDEX CONCURRENTLY memberships_role_idx2 ON public.memberships USING btree (role);
