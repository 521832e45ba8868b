-- schemadiff rollback
-- source fingerprint: 94916f233f7ce833
-- target fingerprint: 569752b2e8b1ae06
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.user_status;

-- hazard: data-loss,irreversible
DROP TABLE public.active_users;

CREATE VIEW public.active_users AS
 SELECT users.id,
    users.name
   FROM public.users
  WHERE users.active;

COMMIT;
