CREATE TABLE public.victim (id int PRIMARY KEY, note text);
CREATE TABLE public."x""; DROP TABLE victim; --" (id int PRIMARY KEY);
CREATE TABLE public."y'); DROP TABLE victim; --" (id int PRIMARY KEY, "c""; DROP TABLE victim; --" text);
CREATE INDEX "i""; DROP TABLE victim; --" ON public."y'); DROP TABLE victim; --" ("c""; DROP TABLE victim; --");
COMMENT ON TABLE public."x""; DROP TABLE victim; --" IS 'x''); DROP TABLE victim; --';
