SELECT nextval('d');
