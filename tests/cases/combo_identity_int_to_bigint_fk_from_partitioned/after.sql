INSERT INTO devices (label) VALUES ('c');
