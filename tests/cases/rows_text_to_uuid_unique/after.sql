INSERT INTO devices (external_id) VALUES (gen_random_uuid());
