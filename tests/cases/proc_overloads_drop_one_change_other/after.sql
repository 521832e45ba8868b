CALL archive_item(1, 'x'); CALL archive_item('y'::text);
