UPDATE prices SET price = 2;
