-- schemadiff plan
-- source fingerprint: f4b36061660f9e07
-- target fingerprint: 43449cfe5a4da31a
-- 2 statements; hazards: long-lock

BEGIN;

CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.7';

-- hazard: long-lock
ALTER TABLE public.shifts ADD CONSTRAINT shifts_no_double_booking EXCLUDE USING gist (worker_id WITH =, period WITH &&) DEFERRABLE INITIALLY DEFERRED;

COMMIT;
