INSERT INTO countries (code) VALUES ('DE'), ('FR'), ('SE');
INSERT INTO cities (country_id, name) VALUES (1, 'Berlin'), (2, 'Paris'), (3, 'Malmo');
