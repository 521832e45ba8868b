-- schemadiff rollback
-- source fingerprint: 520c08e63ddf6109
-- target fingerprint: 45acd4259dbd378c
-- 6 statements; hazards: rewrite

BEGIN;

DROP INDEX public.posts_status_idx;

ALTER TABLE public.posts ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN status TYPE text USING status::text::text;

ALTER TABLE public.posts ALTER COLUMN status SET DEFAULT 'draft'::text;

DROP TYPE public.post_status;

COMMIT;

CREATE INDEX CONCURRENTLY posts_status_idx ON public.posts USING btree (status) WHERE (status <> 'archived'::text);
