-- schemadiff plan
-- source fingerprint: 6bdeac6453fbf4b7
-- target fingerprint: 82d13c4bb1d6ad1a
-- 1 statement; hazards: none

SET search_path = public;

BEGIN;

CREATE VIEW public.active_customers AS
SELECT id, name, lower(email) AS email
    FROM customers
    WHERE active;

COMMIT;
