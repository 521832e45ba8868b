CREATE TABLE public.sales (region text NOT NULL, sold date NOT NULL, amount numeric, note text) PARTITION BY LIST (region);
CREATE TABLE public.sales_eu PARTITION OF public.sales FOR VALUES IN ('eu') PARTITION BY RANGE (sold);
CREATE TABLE public.sales_eu_2025 PARTITION OF public.sales_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.sales_us PARTITION OF public.sales FOR VALUES IN ('us');
