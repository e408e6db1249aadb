// Placeholder until the browser core lands.
