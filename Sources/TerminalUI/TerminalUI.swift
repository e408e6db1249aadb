// Placeholder until the screen buffer lands.
