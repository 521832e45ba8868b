CREATE TABLE public.shipments (id integer NOT NULL, code varchar(10) NOT NULL, carrier text);
CREATE UNIQUE INDEX shipments_id ON public.shipments (id);
CREATE UNIQUE INDEX shipments_code ON public.shipments (code);
ALTER TABLE public.shipments REPLICA IDENTITY USING INDEX shipments_id;
ALTER TABLE public.shipments CLUSTER ON shipments_code;
CREATE STATISTICS public.shipments_code_carrier ON code, carrier FROM public.shipments;
ALTER TABLE public.shipments ALTER COLUMN code SET STATISTICS 300;
