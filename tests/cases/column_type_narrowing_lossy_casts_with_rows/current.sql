CREATE TABLE m (
  id int PRIMARY KEY,
  price numeric(12,4),
  ratio double precision,
  seen_at timestamptz,
  code text,
  tag varchar(20)
);
