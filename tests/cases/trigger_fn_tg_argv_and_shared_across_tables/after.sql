INSERT INTO a SELECT coalesce(max(id),0)+1 FROM a; INSERT INTO b SELECT coalesce(max(id),0)+1 FROM b;
