INSERT INTO profiles VALUES (1, '{"lang": "de"}'), (2, '{}');
