-- schemadiff plan
-- source fingerprint: 6d94c375049d40bb
-- target fingerprint: b03c4f301557489d
-- 1 statement; hazards: none

SET search_path = "$user", public;

BEGIN;

CREATE VIEW public.active_customers AS
SELECT id, name, lower(email) AS email
    FROM customers
    WHERE active;

COMMIT;
