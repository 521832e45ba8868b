-- schemadiff rollback
-- source fingerprint: ff244ce0a7c40c89
-- target fingerprint: 9b8108e6f10bcb28
-- 9 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_s_check;

ALTER TYPE public.st RENAME TO st__schemadiff_old;

CREATE TYPE public.st AS ENUM ('a', 'b');

ALTER TABLE public.t ALTER COLUMN s DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN s TYPE public.st USING s::text::public.st;

ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'a'::public.st;

DROP TYPE public.st__schemadiff_old;

ALTER TABLE public.t ADD CONSTRAINT t_s_check CHECK ((s <> 'b'::public.st)) NOT VALID;

COMMIT;

ALTER TABLE public.t VALIDATE CONSTRAINT t_s_check;
