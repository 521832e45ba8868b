CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    city text,
    zip text,
    total numeric
);
