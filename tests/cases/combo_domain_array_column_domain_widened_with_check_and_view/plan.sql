-- schemadiff plan
-- source fingerprint: 8e7716ebf363479e
-- target fingerprint: 79bfce5fa4bcfa5b
-- 14 statements; hazards: rewrite,long-lock

SET search_path = public;

BEGIN;

DROP VIEW public.exam_best;

ALTER DOMAIN public.score DROP CONSTRAINT score_range;

ALTER DOMAIN public.score RENAME TO score__schemadiff_old;

CREATE DOMAIN public.score AS integer;

ALTER TABLE public.exams ALTER COLUMN scores DROP DEFAULT;

-- hazard: long-lock
ALTER DOMAIN public.score ADD CONSTRAINT score_range CHECK (((VALUE >= 0) AND (VALUE <= 1000)));

-- hazard: rewrite
ALTER TABLE public.exams ALTER COLUMN best TYPE public.score USING best::text::public.score;

-- hazard: rewrite
ALTER TABLE public.exams ALTER COLUMN scores TYPE public.score[] USING scores::text::public.score[];

ALTER TABLE public.exams ALTER COLUMN scores SET DEFAULT '{}'::public.score[];

DROP DOMAIN public.score__schemadiff_old;

ALTER TABLE public.exams ADD CONSTRAINT exams_best_check CHECK (best IS NULL OR best >= 0) NOT VALID;

CREATE VIEW public.exam_best AS
SELECT id, best, cardinality(scores) AS n FROM exams;

COMMIT;

ALTER TABLE public.exams VALIDATE CONSTRAINT exams_best_check;

CREATE INDEX CONCURRENTLY exams_best_idx ON public.exams USING btree (best);
