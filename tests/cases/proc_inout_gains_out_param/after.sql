CALL bump('hits', NULL);
