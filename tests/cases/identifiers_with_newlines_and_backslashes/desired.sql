CREATE TABLE public.victim (id int PRIMARY KEY);
CREATE TABLE public."multi
line
DROP TABLE victim;" (id int PRIMARY KEY, "col
x" varchar(10), "back\slash" bigint, "tab	col" int CONSTRAINT "chk
DROP TABLE victim;" CHECK ("tab	col" > 0));
CREATE TYPE public."e
num" AS ENUM ('a
b', 'c\d', 'new
value');
CREATE INDEX "idx
DROP TABLE victim;" ON public."multi
line
DROP TABLE victim;" ("back\slash", "col
x");
COMMENT ON TABLE public."multi
line
DROP TABLE victim;" IS 'x';
