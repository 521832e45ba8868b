CREATE DOMAIN score AS smallint CONSTRAINT score_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE exams (
    id integer PRIMARY KEY,
    scores score[] NOT NULL DEFAULT '{}',
    best score
);
CREATE VIEW exam_best AS SELECT id, best FROM exams;
