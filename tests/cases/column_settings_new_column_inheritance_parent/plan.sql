-- schemadiff plan
-- source fingerprint: 7a7826482f659966
-- target fingerprint: f40b2a06728dc9a5
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.vehicles ADD COLUMN vin text;

ALTER TABLE ONLY public.vehicles ALTER COLUMN vin SET STATISTICS 900;

ALTER TABLE ONLY public.vehicles ALTER COLUMN vin SET STORAGE MAIN;

ALTER TABLE ONLY public.cars ALTER COLUMN vin SET STATISTICS 900;

ALTER TABLE ONLY public.cars ALTER COLUMN vin SET STORAGE MAIN;

COMMIT;
