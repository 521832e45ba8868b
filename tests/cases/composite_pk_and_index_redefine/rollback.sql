-- schemadiff rollback
-- source fingerprint: d9b66ffd011e8c03
-- target fingerprint: 04e906b9b640bb1f
-- 6 statements; hazards: long-lock

BEGIN;

DROP INDEX public.memberships_group_idx;

DROP INDEX public.memberships_owner_uq;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_pkey;

ALTER INDEX public.memberships_role_idx2 RENAME TO memberships_role_idx;

-- hazard: long-lock
CREATE UNIQUE INDEX memberships_owner_uq ON public.memberships USING btree (group_id) WHERE (role = 'owner'::text);

COMMIT;

CREATE INDEX CONCURRENTLY memberships_group_idx ON public.memberships USING btree (group_id);
