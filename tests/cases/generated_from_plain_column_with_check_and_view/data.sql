INSERT INTO measurements (celsius, fahrenheit) VALUES (0, 32), (100, 212), (37, 98.6);
