CREATE TABLE Ärger (
    Größe integer PRIMARY KEY,
    ÉTAT text CHECK (ÉTAT <> '')
);
CREATE VIEW Übersicht AS SELECT Größe, ÉTAT FROM Ärger;
