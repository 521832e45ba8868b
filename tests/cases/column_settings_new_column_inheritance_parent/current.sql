CREATE TABLE public.vehicles (id int, make text);
CREATE TABLE public.cars (doors int) INHERITS (public.vehicles);
