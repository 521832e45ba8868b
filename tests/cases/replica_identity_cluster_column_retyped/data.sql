INSERT INTO public.shipments VALUES (1, 'A1', 'ups'), (2, 'B2', 'dhl');
