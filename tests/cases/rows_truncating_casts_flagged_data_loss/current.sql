-- Casts that cut or round what the rows hold are flagged data-loss: a text
-- to "char" keeps one byte, name 63, a bit string is cut to its new
-- length, and a float keeps fewer digits than numeric or bigint.
CREATE TABLE h (
    code text,
    label text,
    flags bit varying,
    ratio numeric,
    big bigint
);
