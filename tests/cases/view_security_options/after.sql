SELECT * FROM public_docs; SELECT * FROM my_docs;
