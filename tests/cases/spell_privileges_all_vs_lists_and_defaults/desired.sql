create table t (id int, a text);
create function f() returns int language sql as 'select 1';
create type e as enum ('x');
create sequence s;
grant all privileges on t to sd_writer;
grant select on table t to sd_reader;
grant select (a, id) on t to sd_admin;
grant select, update on s to sd_reader;
