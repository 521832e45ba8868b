create table t (
  id int not null,
  status text check (status in ('a','b')),
  kind varchar(10),
  n int check (n between 1 and 10),
  s text check (((s like 'a%'))),
  constraint t_ne check (n != 5),
  constraint t_dist check (s is not distinct from status)
);
