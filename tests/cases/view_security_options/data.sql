INSERT INTO docs VALUES (1,'postgres',false,'hi'),(2,'x',true,'s');
