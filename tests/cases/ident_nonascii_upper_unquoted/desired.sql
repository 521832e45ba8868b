CREATE TABLE Ärger (
    Größe integer PRIMARY KEY,
    ÉTAT text CHECK (ÉTAT <> '' AND ÉTAT <> 'X'),
    Çà integer
);
CREATE INDEX ON Ärger (Çà) WHERE ÉTAT IS NOT NULL;
CREATE VIEW Übersicht AS SELECT Größe, ÉTAT, Çà FROM Ärger WHERE Çà > 0;
CREATE TABLE "ärger" (id integer REFERENCES Ärger);
