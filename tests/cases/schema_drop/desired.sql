CREATE TABLE public.things (
    id integer PRIMARY KEY
);
