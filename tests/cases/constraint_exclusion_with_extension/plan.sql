-- schemadiff plan
-- source fingerprint: 8ed4e7c7b82c83fe
-- target fingerprint: 287341ffb1f8cfb5
-- 2 statements; hazards: long-lock

BEGIN;

CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.7';

-- hazard: long-lock
ALTER TABLE public.shifts ADD CONSTRAINT shifts_no_double_booking EXCLUDE USING gist (worker_id WITH =, period WITH &&) DEFERRABLE INITIALLY DEFERRED;

COMMIT;
