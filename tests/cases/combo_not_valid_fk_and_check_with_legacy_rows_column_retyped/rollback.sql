-- schemadiff rollback
-- source fingerprint: e3181d906606befe
-- target fingerprint: 2f0ef2d3fc227e14
-- 6 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public.children_parent_idx;

ALTER TABLE public.children DROP CONSTRAINT children_score_check;

-- hazard: rewrite
ALTER TABLE public.children ALTER COLUMN parent_id TYPE integer USING parent_id::integer;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.children ALTER COLUMN score TYPE integer USING score::integer;

-- hazard: rewrite
ALTER TABLE public.parents ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.children ADD CONSTRAINT children_score_check CHECK ((score >= 0)) NOT VALID;

COMMIT;
