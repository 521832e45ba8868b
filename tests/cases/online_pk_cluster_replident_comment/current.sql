CREATE TABLE public.orders (id bigint NOT NULL, code text, note text);
