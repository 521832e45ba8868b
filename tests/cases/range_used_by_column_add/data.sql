INSERT INTO ops.maintenance (id, note) VALUES (1, 'replace disks'), (2, 'kernel update');
