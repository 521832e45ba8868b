-- schemadiff plan
-- source fingerprint: 3a8fc94d41164747
-- target fingerprint: f68dd1b5196a8088
-- 4 statements; hazards: none

BEGIN;

CREATE STATISTICS public."Customers_name_all" (ndistinct, dependencies, mcv) ON "FirstName", "LastName" FROM public."Customers";

CREATE STATISTICS public.customers_born_year ON (EXTRACT(year FROM born)) FROM public."Customers";

CREATE STATISTICS public.customers_mixed (mcv) ON born, ((score)::integer), (lower("LastName")) FROM public."Customers";

CREATE STATISTICS public.customers_ndist (ndistinct) ON "LastName", born, score FROM public."Customers";

COMMIT;
