INSERT INTO signups VALUES (1,'2024-05-01',' A@B '),(2,'2025-05-01','c@d');
