CREATE TABLE public.vehicles (id int, make text, vin text);
CREATE TABLE public.cars (doors int) INHERITS (public.vehicles);
ALTER TABLE public.vehicles ALTER COLUMN vin SET STATISTICS 900;
ALTER TABLE public.vehicles ALTER COLUMN vin SET STORAGE MAIN;
