INSERT INTO app.tally (id) SELECT max(id) + 1 FROM app.tally;
