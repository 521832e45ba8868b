-- schemadiff rollback
-- source fingerprint: c23f99371b0bfa8b
-- target fingerprint: bad8215de181ba24
-- 3 statements; hazards: none

BEGIN;

DROP VIEW public.active_emp;

DROP VIEW public.chain;

CREATE VIEW public.active_emp AS
 SELECT emp.id,
    emp.boss
   FROM public.emp
  WHERE emp.active;

COMMIT;
