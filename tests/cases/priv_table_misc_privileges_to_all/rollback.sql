-- schemadiff rollback
-- source fingerprint: 998c8f1903b74838
-- target fingerprint: cdf5e399e23e08ca
-- 3 statements; hazards: none

BEGIN;

REVOKE REFERENCES ON TABLE public.staging FROM sd_reader;

REVOKE DELETE, INSERT, REFERENCES, SELECT, UPDATE ON TABLE public.staging FROM sd_admin;

GRANT REFERENCES, TRIGGER, TRUNCATE ON TABLE public.staging TO sd_writer;

COMMIT;
