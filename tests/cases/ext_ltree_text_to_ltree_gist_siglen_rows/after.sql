INSERT INTO categories VALUES (4, 'top.art') ON CONFLICT (id) DO NOTHING;
