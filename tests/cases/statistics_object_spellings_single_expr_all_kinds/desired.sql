CREATE TABLE public."Customers" ("Id" int, "FirstName" text, "LastName" text, born date, score numeric);
CREATE STATISTICS public."Customers_name_all" (ndistinct, dependencies, mcv) ON "FirstName", "LastName" FROM public."Customers";
CREATE STATISTICS public.customers_born_year ON (extract(year FROM born)) FROM public."Customers";
CREATE STATISTICS public.customers_mixed (mcv) ON (score::int), lower("LastName"), born FROM public."Customers";
CREATE STATISTICS public.customers_ndist (ndistinct) ON "LastName", born, score FROM public."Customers";
