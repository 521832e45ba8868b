-- schemadiff rollback
-- source fingerprint: 79bfce5fa4bcfa5b
-- target fingerprint: 8e7716ebf363479e
-- 13 statements; hazards: rewrite,long-lock

BEGIN;

DROP VIEW public.exam_best;

DROP INDEX public.exams_best_idx;

ALTER TABLE public.exams DROP CONSTRAINT exams_best_check;

ALTER DOMAIN public.score DROP CONSTRAINT score_range;

ALTER DOMAIN public.score RENAME TO score__schemadiff_old;

CREATE DOMAIN public.score AS smallint;

ALTER TABLE public.exams ALTER COLUMN scores DROP DEFAULT;

-- hazard: long-lock
ALTER DOMAIN public.score ADD CONSTRAINT score_range CHECK (((VALUE >= 0) AND (VALUE <= 100)));

-- hazard: rewrite
ALTER TABLE public.exams ALTER COLUMN best TYPE public.score USING best::text::public.score;

-- hazard: rewrite
ALTER TABLE public.exams ALTER COLUMN scores TYPE public.score[] USING scores::text::public.score[];

ALTER TABLE public.exams ALTER COLUMN scores SET DEFAULT '{}'::public.score[];

DROP DOMAIN public.score__schemadiff_old;

CREATE VIEW public.exam_best AS
 SELECT exams.id,
    exams.best
   FROM public.exams;

COMMIT;
