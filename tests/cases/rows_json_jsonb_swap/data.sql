INSERT INTO webhooks (payload, headers) VALUES ('{"b": 1, "a": 2}', '{"x": "y"}'), ('{"k": 1, "k": 2}', NULL), ('[1, 2,   3]', '{}');
