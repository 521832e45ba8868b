-- schemadiff plan
-- source fingerprint: ed93714c984a2a76
-- target fingerprint: 922cdfd750a8d3b6
-- 8 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.accounts_last_login_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.accounts DROP COLUMN last_login;

CREATE OR REPLACE FUNCTION public.accounts_first_login()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO account_logins (account_id) VALUES (NEW.id);
    RETURN NULL;
END $function$;

CREATE TABLE public.account_logins (
    account_id integer NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE public.account_logins ADD CONSTRAINT account_logins_pkey PRIMARY KEY (account_id, at);

ALTER TABLE public.account_logins ADD CONSTRAINT account_logins_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;

CREATE VIEW public.last_logins AS
SELECT account_id, max(at) AS last_login FROM account_logins GROUP BY account_id;

CREATE TRIGGER accounts_first_login AFTER INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.accounts_first_login();

COMMIT;
