UPDATE items SET name='b';
