-- Partitioned table set not null with data.
INSERT INTO shipments VALUES (1, '2025-01-05', 'dhl');
