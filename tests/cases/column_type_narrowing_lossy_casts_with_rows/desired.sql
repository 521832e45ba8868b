CREATE TABLE m (
  id int PRIMARY KEY,
  price numeric(12,2),
  ratio integer,
  seen_at date,
  code char(3),
  tag varchar(4)
);
