INSERT INTO exams VALUES (1, '{10,20,90}', 90), (2, '{}', NULL);
