-- A domain over a domain, both swapped when the base domain's type changes;
-- a column of each, and an array of the base domain.
INSERT INTO quiz_results VALUES (1, 50, '{1,2}');
