// Placeholder until the ncurses backend lands.
