-- schemadiff rollback
-- source fingerprint: 58c88e6dacffea8a
-- target fingerprint: e408c4849344eca4
-- 8 statements; hazards: long-lock

BEGIN;

DROP VIEW public.user_emails;

DROP INDEX public.users_email_lower_idx;

ALTER TABLE public.users ALTER COLUMN email TYPE text;

DROP DOMAIN public.email_address;

ALTER TABLE public.users ALTER COLUMN phone TYPE character varying(20);

DROP DOMAIN public.phone_number;

-- hazard: long-lock
CREATE UNIQUE INDEX users_email_lower_idx ON public.users USING btree (lower(email));

CREATE VIEW public.user_emails AS
 SELECT users.id,
    users.email
   FROM public.users;

COMMIT;
