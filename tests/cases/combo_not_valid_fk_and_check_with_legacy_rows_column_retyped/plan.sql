-- schemadiff plan
-- source fingerprint: 2f0ef2d3fc227e14
-- target fingerprint: e3181d906606befe
-- 6 statements; hazards: rewrite

SET search_path = public;

BEGIN;

ALTER TABLE public.children DROP CONSTRAINT children_score_check;

-- hazard: rewrite
ALTER TABLE public.children ALTER COLUMN parent_id TYPE bigint USING parent_id::bigint;

-- hazard: rewrite
ALTER TABLE public.children ALTER COLUMN score TYPE numeric(8,2) USING score::numeric(8,2);

-- hazard: rewrite
ALTER TABLE public.parents ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.children ADD CONSTRAINT children_score_check CHECK (score >= 0) NOT VALID;

COMMIT;

CREATE INDEX CONCURRENTLY children_parent_idx ON public.children USING btree (parent_id);
