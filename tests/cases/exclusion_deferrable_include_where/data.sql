INSERT INTO booking VALUES (1, 1, '[2024-01-01,2024-01-02)', true), (2, 2, '[2024-01-03,2024-01-04)', false);
INSERT INTO boxes VALUES (1, '((0,0),(1,1))'), (2, '((2,2),(3,3))');
