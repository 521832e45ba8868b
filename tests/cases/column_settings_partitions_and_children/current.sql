CREATE TABLE public.measurements (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    reading text
) PARTITION BY RANGE (logdate);
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.base (id integer, payload text);
CREATE TABLE public.child (extra text) INHERITS (public.base);
