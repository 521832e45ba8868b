INSERT INTO members VALUES (1, 'müller', ROW('Müller', 'm@x')), (2, 'mueller', NULL);
