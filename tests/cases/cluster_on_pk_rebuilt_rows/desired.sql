CREATE TABLE public.line_items (order_id bigint NOT NULL, line int NOT NULL, sku text);
ALTER TABLE public.line_items ADD CONSTRAINT line_items_pkey PRIMARY KEY (order_id, line);
ALTER TABLE public.line_items CLUSTER ON line_items_pkey;
