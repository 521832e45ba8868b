CREATE TABLE public.r (id int NOT NULL, g int NOT NULL, info varchar(10)) PARTITION BY LIST (g);
CREATE TABLE public.r_1 PARTITION OF public.r FOR VALUES IN (1);
