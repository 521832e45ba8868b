INSERT INTO employees VALUES (1,'Ann',5000,'eng'),(2,'Bob',4000,'ops');
