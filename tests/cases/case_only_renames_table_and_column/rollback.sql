-- schemadiff rollback
-- source fingerprint: 24a081161e780a34
-- target fingerprint: 3e7eb0897c236d99
-- 5 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.logins DROP CONSTRAINT logins_user_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public."Users";

CREATE TABLE public.users (
    id integer NOT NULL,
    userid integer,
    "Email" text
);

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.logins ADD CONSTRAINT logins_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

COMMIT;
