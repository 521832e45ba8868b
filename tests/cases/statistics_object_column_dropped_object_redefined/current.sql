CREATE TABLE public.addresses (id int PRIMARY KEY, street text, city text, zip text, state text);
CREATE STATISTICS public.addresses_geo (dependencies) ON city, zip, state FROM public.addresses;
ALTER STATISTICS public.addresses_geo SET STATISTICS 400;
