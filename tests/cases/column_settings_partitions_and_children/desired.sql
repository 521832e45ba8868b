-- A setting made on the parent after its partitions reaches them (ALTER
-- TABLE recurses); a partition made later takes only the parent's storage
-- and compression; a partition's and a child's own settings stay their own.
CREATE TABLE public.measurements (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    reading text
) PARTITION BY RANGE (logdate);
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.measurements ALTER COLUMN city_id SET STATISTICS 400;
ALTER TABLE public.measurements ALTER COLUMN reading SET STORAGE EXTERNAL;
CREATE TABLE public.measurements_2026 PARTITION OF public.measurements
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE ONLY public.measurements_2026 ALTER COLUMN logdate SET STATISTICS 100;

CREATE TABLE public.base (id integer, payload text);
ALTER TABLE ONLY public.base ALTER COLUMN payload SET STORAGE MAIN;
CREATE TABLE public.child (extra text) INHERITS (public.base);
ALTER TABLE ONLY public.child ALTER COLUMN payload SET STORAGE PLAIN;
ALTER TABLE ONLY public.child ALTER COLUMN id SET (n_distinct = -0.5);
CREATE TABLE public.child2 () INHERITS (public.base);
