-- schemadiff rollback
-- source fingerprint: a07d6b55475cdc61
-- target fingerprint: 9b1a4f1fdf05153e
-- 11 statements; hazards: rewrite,long-lock

BEGIN;

DROP VIEW public.session_emails;

DROP INDEX public.sessions_email_idx;

ALTER TABLE public.sessions DROP CONSTRAINT sessions_email_fkey;

ALTER TABLE public.logins DROP CONSTRAINT logins_pkey;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN email TYPE text USING email::text;

-- hazard: rewrite
ALTER TABLE public.sessions ALTER COLUMN email TYPE text USING email::text;

DROP EXTENSION citext;

-- hazard: long-lock
ALTER TABLE public.logins ADD CONSTRAINT logins_pkey PRIMARY KEY (email);

ALTER TABLE public.sessions ADD CONSTRAINT sessions_email_fkey FOREIGN KEY (email) REFERENCES public.logins(email) ON UPDATE CASCADE NOT VALID;

CREATE VIEW public.session_emails AS
 SELECT s.id,
    l.email
   FROM (public.sessions s
     JOIN public.logins l USING (email));

COMMIT;

ALTER TABLE public.sessions VALIDATE CONSTRAINT sessions_email_fkey;
