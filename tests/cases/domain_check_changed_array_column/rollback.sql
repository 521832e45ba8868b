-- schemadiff rollback
-- source fingerprint: 103932610dba470c
-- target fingerprint: 5b46e608708a5d40
-- 6 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.posint DROP CONSTRAINT posint_check;

ALTER DOMAIN public.posint RENAME TO posint__schemadiff_old;

CREATE DOMAIN public.posint AS integer;

-- hazard: long-lock
ALTER DOMAIN public.posint ADD CONSTRAINT posint_check CHECK ((VALUE > 0));

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN xs TYPE public.posint[] USING xs::text::public.posint[];

DROP DOMAIN public.posint__schemadiff_old;

COMMIT;
