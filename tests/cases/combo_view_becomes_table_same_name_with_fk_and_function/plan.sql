-- schemadiff plan
-- source fingerprint: 569752b2e8b1ae06
-- target fingerprint: 94916f233f7ce833
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.active_users;

CREATE TABLE public.active_users (
    id integer NOT NULL,
    name text NOT NULL,
    since date
);

ALTER TABLE public.active_users ADD CONSTRAINT active_users_pkey PRIMARY KEY (id);

ALTER TABLE public.active_users ADD CONSTRAINT active_users_id_fkey FOREIGN KEY (id) REFERENCES public.users(id) ON DELETE CASCADE;

CREATE VIEW public.user_status AS
SELECT u.id, a.since IS NOT NULL AS tracked FROM users u LEFT JOIN active_users a USING (id);

COMMIT;
