-- schemadiff plan
-- source fingerprint: 45acd4259dbd378c
-- target fingerprint: 520c08e63ddf6109
-- 6 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP INDEX public.posts_status_idx;

ALTER TABLE public.posts ALTER COLUMN status DROP DEFAULT;

CREATE TYPE public.post_status AS ENUM ('draft', 'published', 'archived');

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN status TYPE public.post_status USING status::text::public.post_status;

ALTER TABLE public.posts ALTER COLUMN status SET DEFAULT 'draft'::public.post_status;

COMMIT;

CREATE INDEX CONCURRENTLY posts_status_idx ON public.posts USING btree (status) WHERE status <> 'archived';
