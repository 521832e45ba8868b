INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');
INSERT INTO "Loyalty Program".members (customer_id, tier) VALUES (1, 'gold'), (2, 'silver');
INSERT INTO public.orders VALUES (1, NULL, 'gold');
