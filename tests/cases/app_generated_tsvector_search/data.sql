insert into articles (title, body, published_at) values
 ('Hello world', 'The quick brown fox', now()), ('Ñandú', NULL, NULL), ('Empty', '', now() - interval '1 year'),
 ('空白', '  lots   of   spaces  ', now());
