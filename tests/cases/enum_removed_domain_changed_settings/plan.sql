-- schemadiff plan
-- source fingerprint: fa25b25b878ce813
-- target fingerprint: 9214bf1df4aaa36b
-- 17 statements; hazards: rewrite,long-lock

SET search_path = public;

BEGIN;

DROP VIEW public.active_users;

ALTER DOMAIN public.email DROP CONSTRAINT email_check;

ALTER DOMAIN public.email RENAME TO email__schemadiff_old;

CREATE DOMAIN public.email AS character varying(320);

ALTER TYPE public.status RENAME TO status__schemadiff_old;

CREATE TYPE public.status AS ENUM ('new', 'active', 'closed');

ALTER TABLE public.users ALTER COLUMN st DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN st TYPE public.status USING st::text::public.status;

ALTER TABLE public.users ALTER COLUMN st SET DEFAULT 'new'::public.status;

ALTER TABLE public.users REPLICA IDENTITY USING INDEX users_pkey;

ALTER STATISTICS public.users_st_region SET STATISTICS 700;

DROP TYPE public.status__schemadiff_old;

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_check CHECK (((VALUE)::text ~~ '%@%'::text));

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN mail TYPE public.email USING mail::text::public.email;

ALTER TABLE ONLY public.users ALTER COLUMN mail SET STORAGE MAIN;

DROP DOMAIN public.email__schemadiff_old;

CREATE VIEW public.active_users AS
SELECT id, mail FROM public.users WHERE st = 'active';

COMMIT;
