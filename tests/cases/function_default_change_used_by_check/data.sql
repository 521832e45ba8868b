INSERT INTO profiles VALUES (1, 'ann'), (2, 'bob_the_builder');
