-- schemadiff plan
-- source fingerprint: 3da679597eb14c82
-- target fingerprint: 0fe6ff05eb84eeb3
-- 12 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.percentage DROP CONSTRAINT percentage_check;

ALTER DOMAIN public.positive_int DROP CONSTRAINT positive_int_check;

ALTER DOMAIN public.positive_int RENAME TO positive_int__schemadiff_old;

CREATE DOMAIN public.positive_int AS bigint;

-- hazard: long-lock
ALTER DOMAIN public.positive_int ADD CONSTRAINT positive_int_check CHECK ((VALUE > 0));

ALTER DOMAIN public.percentage RENAME TO percentage__schemadiff_old;

CREATE DOMAIN public.percentage AS public.positive_int;

-- hazard: rewrite
ALTER TABLE public.quiz_results ALTER COLUMN history TYPE public.positive_int[] USING history::text::public.positive_int[];

-- hazard: long-lock
ALTER DOMAIN public.percentage ADD CONSTRAINT percentage_check CHECK (((VALUE)::bigint <= 100));

-- hazard: rewrite
ALTER TABLE public.quiz_results ALTER COLUMN score TYPE public.percentage USING score::text::public.percentage;

DROP DOMAIN public.percentage__schemadiff_old;

DROP DOMAIN public.positive_int__schemadiff_old;

COMMIT;
