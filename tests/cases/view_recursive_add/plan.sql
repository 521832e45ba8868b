-- schemadiff plan
-- source fingerprint: 78241b5651b5766a
-- target fingerprint: 8bcc60f38dbd39c0
-- 1 statement; hazards: none

BEGIN;

CREATE VIEW public.reporting_chain AS
 WITH RECURSIVE reporting_chain(id, manager_id, depth) AS (
         SELECT employees.id,
            employees.manager_id,
            0 AS "?column?"
           FROM public.employees
          WHERE (employees.manager_id IS NULL)
        UNION ALL
         SELECT e.id,
            e.manager_id,
            (c.depth + 1)
           FROM (public.employees e
             JOIN reporting_chain c ON ((e.manager_id = c.id)))
        )
 SELECT reporting_chain.id,
    reporting_chain.manager_id,
    reporting_chain.depth
   FROM reporting_chain;

COMMIT;
