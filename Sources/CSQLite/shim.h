#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro over a cast that Swift cannot import.
static inline void (*ommi_sqlite_transient(void))(void *) { return SQLITE_TRANSIENT; }
