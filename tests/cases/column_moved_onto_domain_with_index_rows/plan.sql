-- schemadiff plan
-- source fingerprint: e408c4849344eca4
-- target fingerprint: 58c88e6dacffea8a
-- 10 statements; hazards: long-lock

SET search_path = public;

BEGIN;

DROP VIEW public.user_emails;

DROP INDEX public.users_email_lower_idx;

CREATE DOMAIN public.email_address AS text;

ALTER TABLE public.users ALTER COLUMN email TYPE public.email_address;

CREATE DOMAIN public.phone_number AS character varying(20);

ALTER TABLE public.users ALTER COLUMN phone TYPE public.phone_number;

ALTER DOMAIN public.email_address ADD CONSTRAINT email_address_check CHECK ((VALUE ~~ '%_@_%'::text));

ALTER DOMAIN public.phone_number ADD CONSTRAINT phone_number_check CHECK (((VALUE)::text ~ '^\+?[0-9 ]+$'::text));

-- hazard: long-lock
CREATE UNIQUE INDEX users_email_lower_idx ON public.users USING btree (lower((email)::text));

CREATE VIEW public.user_emails AS
SELECT id, email FROM users;

COMMIT;
