INSERT INTO Ärger VALUES (1, 'ok');
