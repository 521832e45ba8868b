CREATE TABLE public.readings (id bigint PRIMARY KEY, sensor integer, site integer, label varchar(20));
CREATE STATISTICS public.readings_sensor_site (ndistinct, dependencies) ON sensor, site FROM public.readings;
ALTER STATISTICS public.readings_sensor_site SET STATISTICS 500;
COMMENT ON STATISTICS public.readings_sensor_site IS 'sensor implies site';
CREATE STATISTICS public.readings_label_expr ON lower(label), site FROM public.readings;
ALTER STATISTICS public.readings_label_expr SET STATISTICS 200;
COMMENT ON STATISTICS public.readings_label_expr IS 'label by site';
