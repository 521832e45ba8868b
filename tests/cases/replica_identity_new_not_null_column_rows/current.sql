CREATE TABLE public.devices (serial text, model text);
