#ifndef CNCURSES_H
#define CNCURSES_H

/*
 * A small C interface to ncursesw for the Swift terminal backend.
 *
 * curses.h is not exposed to Swift: its macros (getmaxyx, A_*, COLOR_PAIR, KEY_F) and its
 * stdscr shortcuts do not import cleanly, and signal handlers that restore the terminal must
 * not run Swift code. Everything the backend needs is here as plain functions on plain types.
 */

#include <stdbool.h>
#include <stdint.h>

/* Why cnc_start did or did not take over the terminal. */
typedef enum {
    CNC_START_OK = 0,
    /* Another cnc_start is in effect; ncurses supports one screen per process here. */
    CNC_START_ALREADY_ACTIVE,
    CNC_START_STDIN_NOT_TERMINAL,
    CNC_START_STDOUT_NOT_TERMINAL,
    CNC_START_TERM_UNSET,
    /* TERM names a terminal the terminfo database does not describe. */
    CNC_START_TERM_UNKNOWN,
    /* The terminfo database could not be found at all. */
    CNC_START_NO_TERMINFO,
    /* TERM is known but cannot run a full-screen program: no cursor addressing, or newterm refused it. */
    CNC_START_TERM_UNSUITABLE,
} cnc_start_result;

/* What cnc_read found. */
typedef enum {
    CNC_INPUT_NONE = 0,
    CNC_INPUT_CHARACTER,
    CNC_INPUT_KEY_CODE,
} cnc_input_kind;

/* The key codes cnc_read gives for the brackets of a paste (ESC [ 200 ~ and ESC [ 201 ~), above
 * the codes ncurses uses itself. */
#define CNC_KEY_PASTE_START 02001
#define CNC_KEY_PASTE_END 02002
/* The key code cnc_read gives for ESC [ <, which opens an SGR mouse report; the report's
 * parameters and final M or m follow as characters. */
#define CNC_KEY_MOUSE_REPORT 02003

/*
 * Takes over the terminal: locale from the environment, newterm on stdout/stdin (checked),
 * raw mode, no echo, keypad, the given escape delay, hidden cursor, bracketed paste, and with
 * `mouse` SGR mouse reports of presses and the wheel (xterm modes 1000 and 1006). Installs handlers that
 * restore the terminal on SIGINT, SIGTERM, SIGHUP and SIGQUIT (then exit with 128 + signal)
 * and on SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE (then append a note to
 * crash_log_path when it is not NULL, tell standard error where it is, and re-raise), and an
 * atexit hook for exits that skip cnc_stop.
 */
cnc_start_result cnc_start(const char *crash_log_path, int escape_delay_ms, bool mouse);

/* Restores the terminal (mouse reports off) and the previous signal handlers. Does nothing when
 * not started. */
void cnc_stop(void);

/* Screen size in cells; 0 when not started. */
int cnc_lines(void);
int cnc_columns(void);

/*
 * Waits up to timeout_ms (forever when negative) for input, or until cnc_wake is called. A
 * character goes to *value as a Unicode scalar, a key code (KEY_UP, KEY_RESIZE...) as its code.
 */
cnc_input_kind cnc_read(int timeout_ms, uint32_t *value);

/* Makes a cnc_read waiting on another thread return CNC_INPUT_NONE at once (or the next one).
 * Safe from any thread; does nothing before cnc_start. */
void cnc_wake(void);

/*
 * Starts colour when the terminal has it. Returns the number of colour pairs (0 for none) and
 * sets *default_colors when -1 may be used for the terminal's own foreground or background.
 */
int cnc_start_colors(bool *default_colors);

/* Defines colour pair `pair` (1 or more); colours are 0-7 or -1 for the terminal default. */
bool cnc_define_pair(int pair, int foreground, int background);

/* The curses attribute bits for a combination of text attributes. */
uint32_t cnc_attributes(bool bold, bool dim, bool reverse, bool underline);

/* Columns the C library gives a code point, negative when it cannot print it. */
int cnc_scalar_width(uint32_t scalar);

/* Clears the whole screen image (drawn on the next cnc_present). */
void cnc_erase(void);

/*
 * Puts one character cell at (row, column): a spacing code point followed by up to four
 * zero-width ones, with attributes and colour pair. Positions outside the screen are ignored.
 */
bool cnc_put(int row, int column, const uint32_t *scalars, int count, uint32_t attributes, int pair);

/* Sends the screen image to the terminal. */
void cnc_present(void);

#endif
