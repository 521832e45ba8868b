-- Names built to break out of quoting: the plan drops and alters only them; the victim table and its rows stay.
CREATE TABLE public.victim (id int PRIMARY KEY, note text);
CREATE TABLE public."y'); DROP TABLE victim; --" (
    id int PRIMARY KEY,
    "c""; DROP TABLE victim; --" varchar(20),
    "d""); DROP TABLE victim; --" int DEFAULT 1 CHECK ("d""); DROP TABLE victim; --" > 0)
);
CREATE INDEX "j""; DROP TABLE victim; --" ON public."y'); DROP TABLE victim; --" (lower("c""; DROP TABLE victim; --"));
CREATE VIEW public."v"";DROP TABLE victim;--" AS SELECT id AS "a""b" FROM public."y'); DROP TABLE victim; --";
COMMENT ON TABLE public.victim IS 'victim''); DROP TABLE victim; --';
