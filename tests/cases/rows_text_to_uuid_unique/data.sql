INSERT INTO devices (external_id) VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12');
INSERT INTO readings (device_external_id, value) VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1.5);
