INSERT INTO countries (code) VALUES (chr(65 + (random() * 25)::int) || chr(65 + (random() * 25)::int)) ON CONFLICT (code) DO NOTHING;
INSERT INTO cities (country_id, name) VALUES (1, 'Hamburg');
