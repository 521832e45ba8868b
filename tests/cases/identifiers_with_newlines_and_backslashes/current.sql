CREATE TABLE public.victim (id int PRIMARY KEY);
CREATE TABLE public."multi
line
DROP TABLE victim;" (id int PRIMARY KEY, "col
x" text, "back\slash" int);
CREATE TABLE public."gone
DROP TABLE victim;" (id int);
CREATE INDEX "idx
DROP TABLE victim;" ON public."multi
line
DROP TABLE victim;" ("back\slash");
CREATE TYPE public."e
num" AS ENUM ('a
b', 'c\d');
