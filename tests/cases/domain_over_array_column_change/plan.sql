-- schemadiff plan
-- source fingerprint: 65fbd4888efaf16d
-- target fingerprint: 5d80e3a26e240339
-- 5 statements; hazards: long-lock

BEGIN;

CREATE DOMAIN public.score_list AS integer[];

ALTER TABLE public.posts ALTER COLUMN scores TYPE public.score_list;

ALTER DOMAIN public.score_list ADD CONSTRAINT score_list_check CHECK (((VALUE IS NULL) OR (0 <= ALL (VALUE))));

-- hazard: long-lock
ALTER DOMAIN public.tag_list ADD CONSTRAINT tag_list_no_nulls CHECK ((array_position(VALUE, NULL::text) IS NULL));

COMMIT;

CREATE INDEX CONCURRENTLY posts_tags_idx ON public.posts USING gin (((tags)::text[]));
