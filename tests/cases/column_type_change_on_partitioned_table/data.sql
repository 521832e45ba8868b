-- Column type change on partitioned table.
INSERT INTO readings VALUES (1, '2025-03-01 10:00+00', 1.5);
