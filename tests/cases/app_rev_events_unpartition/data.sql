insert into events (occurred_at, kind, payload) values ('2024-01-15 10:00+00', 'signup', '{"u":1}'), ('2024-02-10 00:00+00', 'login', NULL), (now(), 'ünï', '{"x":[1,2]}');
