CREATE TABLE public.readings (
    id bigint PRIMARY KEY,
    sensor integer,
    site integer,
    legacy text
);
CREATE STATISTICS public.readings_sensor_site ON sensor, site FROM public.readings;
CREATE STATISTICS public.readings_legacy ON site, legacy FROM public.readings;
