-- schemadiff plan
-- source fingerprint: 9b1a4f1fdf05153e
-- target fingerprint: a07d6b55475cdc61
-- 9 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.session_emails;

ALTER TABLE public.sessions DROP CONSTRAINT sessions_email_fkey;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN email TYPE public.citext USING email::public.citext;

-- hazard: rewrite
ALTER TABLE public.sessions ALTER COLUMN email TYPE public.citext USING email::public.citext;

ALTER TABLE public.sessions ADD CONSTRAINT sessions_email_fkey FOREIGN KEY (email) REFERENCES public.logins(email) ON UPDATE CASCADE NOT VALID;

CREATE VIEW public.session_emails AS
SELECT s.id, l.email FROM sessions s JOIN logins l USING (email);

COMMIT;

ALTER TABLE public.sessions VALIDATE CONSTRAINT sessions_email_fkey;

CREATE INDEX CONCURRENTLY sessions_email_idx ON public.sessions USING btree (email);
