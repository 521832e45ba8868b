-- schemadiff plan
-- source fingerprint: e85d913552b54a80
-- target fingerprint: 0bc6fdf82ae1382e
-- 2 statements; hazards: long-lock

BEGIN;

CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.7';

-- hazard: long-lock
ALTER TABLE public.shifts ADD CONSTRAINT shifts_no_double_booking EXCLUDE USING gist (worker_id WITH =, period WITH &&) DEFERRABLE INITIALLY DEFERRED;

COMMIT;
