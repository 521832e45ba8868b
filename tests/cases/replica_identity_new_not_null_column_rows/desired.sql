CREATE TABLE public.devices (serial text, model text, id bigint GENERATED ALWAYS AS IDENTITY NOT NULL);
CREATE UNIQUE INDEX devices_id ON public.devices (id);
ALTER TABLE public.devices REPLICA IDENTITY USING INDEX devices_id;
ALTER TABLE public.devices CLUSTER ON devices_id;
ALTER TABLE public.devices ALTER COLUMN id SET STATISTICS 100;
