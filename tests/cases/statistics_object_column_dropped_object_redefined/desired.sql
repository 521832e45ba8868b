CREATE TABLE public.addresses (id int PRIMARY KEY, street text, city text, zip text);
CREATE STATISTICS public.addresses_geo (dependencies) ON city, zip FROM public.addresses;
ALTER STATISTICS public.addresses_geo SET STATISTICS 400;
COMMENT ON STATISTICS public.addresses_geo IS 'city from zip';
