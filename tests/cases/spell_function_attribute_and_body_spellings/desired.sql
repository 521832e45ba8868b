create or replace function f1(a int, b int = 0) returns int4 language SQL immutable returns null on null input as 'select a + b';
create function f2(x int) returns table(y int, z text) language 'sql' volatile security invoker called on null input as $body$select x, 'a'$body$;
create function f3(in x int4, out y int4, out z text) returns setof record as $q$select x, 'a'$q$ language sql;
create function f4(x int) returns int security definer set search_path = public, pg_temp language sql as $$select x$$;
create function f5(x int) returns int immutable language sql return x + 1;
create function f6(x int) returns int language sql begin atomic select x * 2; end;
create function f7() returns trigger as $$begin return new; end$$ language plpgsql;
create procedure p1(a int) language sql as $$select a$$;
