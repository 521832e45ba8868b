-- A domain over a domain, both swapped when the base domain's type changes;
-- a column of each, and an array of the base domain.
CREATE DOMAIN positive_int AS bigint CHECK (VALUE > 0);
CREATE DOMAIN percentage AS positive_int CHECK (VALUE <= 100);
CREATE TABLE quiz_results (id bigint PRIMARY KEY, score percentage, history positive_int[]);
