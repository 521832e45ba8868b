-- schemadiff plan
-- source fingerprint: bad8215de181ba24
-- target fingerprint: c23f99371b0bfa8b
-- 2 statements; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.active_emp WITH (check_option=local) AS
 SELECT emp.id,
    emp.boss,
    emp.active
   FROM public.emp
  WHERE emp.active;

CREATE VIEW public.chain AS
 WITH RECURSIVE chain(id, boss, depth) AS (
         SELECT emp.id,
            emp.boss,
            0 AS "?column?"
           FROM public.emp
          WHERE (emp.boss IS NULL)
        UNION ALL
         SELECT e.id,
            e.boss,
            (c.depth + 1)
           FROM (public.emp e
             JOIN chain c ON ((e.boss = c.id)))
        )
 SELECT chain.id,
    chain.boss,
    chain.depth
   FROM chain;

COMMIT;
