INSERT INTO visits VALUES (1, '2024-02-02', 'web'), (2, '2024-03-03', 'app');
REFRESH MATERIALIZED VIEW visits_by_channel;
