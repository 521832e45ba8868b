INSERT INTO contacts (emails) VALUES ('{a@x.org,b@y.org}'), ('{}'), (ARRAY['c@z.io']);
