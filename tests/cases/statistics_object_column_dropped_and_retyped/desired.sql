-- a column under a statistics object changes type (PostgreSQL keeps the
-- object); another is dropped with the object on it
CREATE TABLE public.readings (
    id bigint PRIMARY KEY,
    sensor bigint,
    site integer
);
CREATE STATISTICS public.readings_sensor_site ON sensor, site FROM public.readings;
