CREATE TABLE public.u (id int NOT NULL, handle varchar(30), score int);
CREATE UNIQUE INDEX u_handle ON public.u (handle);
CREATE VIEW public.u_handles AS SELECT handle FROM public.u;
CREATE TABLE public.uk () INHERITS (public.u);
ALTER TABLE public.uk ALTER COLUMN handle SET STATISTICS 12;
