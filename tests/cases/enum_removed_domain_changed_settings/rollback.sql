-- schemadiff rollback
-- source fingerprint: 9214bf1df4aaa36b
-- target fingerprint: fa25b25b878ce813
-- 12 statements; hazards: rewrite,long-lock

BEGIN;

ALTER TYPE public.status ADD VALUE 'legacy' AFTER 'active';

COMMIT;

BEGIN;

DROP VIEW public.active_users;

ALTER DOMAIN public.email DROP CONSTRAINT email_check;

ALTER DOMAIN public.email RENAME TO email__schemadiff_old;

CREATE DOMAIN public.email AS text;

ALTER TABLE public.users REPLICA IDENTITY DEFAULT;

ALTER STATISTICS public.users_st_region SET STATISTICS -1;

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_check CHECK ((VALUE ~~ '%@%'::text));

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN mail TYPE public.email USING mail::text::public.email;

ALTER TABLE ONLY public.users ALTER COLUMN mail SET STORAGE MAIN;

DROP DOMAIN public.email__schemadiff_old;

CREATE VIEW public.active_users AS
 SELECT users.id,
    users.mail
   FROM public.users
  WHERE (users.st = 'active'::public.status);

COMMIT;
