-- Casts that cut or round what the rows hold are flagged data-loss: a text
-- to "char" keeps one byte, name 63, a bit string is cut to its new
-- length, and a float keeps fewer digits than numeric or bigint.
CREATE TABLE h (
    code "char",
    label name,
    flags bit varying(2),
    ratio double precision,
    big double precision
);
