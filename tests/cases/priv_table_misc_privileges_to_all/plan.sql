-- schemadiff plan
-- source fingerprint: cdf5e399e23e08ca
-- target fingerprint: 998c8f1903b74838
-- 3 statements; hazards: none

BEGIN;

GRANT DELETE, INSERT, REFERENCES, SELECT, UPDATE ON TABLE public.staging TO sd_admin;

REVOKE REFERENCES, TRIGGER, TRUNCATE ON TABLE public.staging FROM sd_writer;

GRANT REFERENCES ON TABLE public.staging TO sd_reader;

COMMIT;
