-- schemadiff plan
-- source fingerprint: 3e7eb0897c236d99
-- target fingerprint: 24a081161e780a34
-- 5 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.logins DROP CONSTRAINT logins_user_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.users;

CREATE TABLE public."Users" (
    id integer NOT NULL,
    "UserId" integer,
    email text
);

ALTER TABLE public."Users" ADD CONSTRAINT "Users_pkey" PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.logins ADD CONSTRAINT logins_user_id_fkey FOREIGN KEY (user_id) REFERENCES public."Users"(id);

COMMIT;
