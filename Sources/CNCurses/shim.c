#define _GNU_SOURCE
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include "CNCurses.h"

#include <ncursesw/curses.h>
#include <ncursesw/term.h>

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#if defined(__GLIBC__)
#include <execinfo.h>
#define CNC_HAVE_BACKTRACE 1
#endif

/* State shared with the signal handlers; written only while no handler is installed. */
static SCREEN *screen;
static volatile sig_atomic_t active;
static char restore_sequence[512];
static size_t restore_length;
static struct termios saved_input_modes, saved_output_modes;
static bool have_input_modes, have_output_modes;
static char crash_log_path[4096];
static bool exit_hook_registered;
/* Whether cnc_start asked the terminal for mouse reports, which cnc_stop turns off again. */
static bool mouse_reporting;
/* The pipe cnc_wake writes to and cnc_read waits on beside the terminal; -1 until cnc_start. */
static volatile int wake_pipe[2] = {-1, -1};
/* Set by SIGWINCH, which may reach any thread: cnc_read resizes the screen and says so. */
static volatile sig_atomic_t resized;
static struct sigaction previous_winch;

static const int terminating_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))
static struct sigaction previous_terminating[COUNT(terminating_signals)];
static struct sigaction previous_crash[COUNT(crash_signals)];

static char alternate_stack[64 * 1024];

/* ---- async-signal-safe helpers ---- */

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

static void write_text(int fd, const char *text) { write_all(fd, text, strlen(text)); }

static void write_number(int fd, int number) {
    char digits[16];
    size_t index = sizeof(digits);
    unsigned value = number < 0 ? 0u : (unsigned)number;
    do {
        digits[--index] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0 && index > 0);
    write_all(fd, digits + index, sizeof(digits) - index);
}

static const char *signal_name(int signal_number) {
    switch (signal_number) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    case SIGHUP: return "SIGHUP";
    case SIGQUIT: return "SIGQUIT";
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    default: return "signal";
    }
}

static const char *program_name(void) {
#if defined(__GLIBC__)
    return program_invocation_short_name;
#else
    return getprogname();
#endif
}

/* Puts the terminal back with plain writes and tcsetattr only, so it is safe in a handler. */
static void restore_from_handler(void) {
    if (!active) return;
    active = 0;
    write_all(STDOUT_FILENO, restore_sequence, restore_length);
    if (have_output_modes) tcsetattr(STDOUT_FILENO, TCSAFLUSH, &saved_output_modes);
    if (have_input_modes) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_input_modes);
}

static void on_terminating_signal(int signal_number) {
    restore_from_handler();
    _exit(128 + signal_number);
}

static void on_crash_signal(int signal_number) {
    bool was_active = active;
    restore_from_handler();
    if (was_active && crash_log_path[0] != '\0') {
        int fd = open(crash_log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd >= 0) {
            write_text(fd, program_name());
            write_text(fd, ": crashed with ");
            write_text(fd, signal_name(signal_number));
            write_text(fd, " (signal ");
            write_number(fd, signal_number);
            write_text(fd, "); the terminal was restored.\n");
#if CNC_HAVE_BACKTRACE
            void *frames[64];
            int count = backtrace(frames, 64);
            write_text(fd, "Backtrace:\n");
            backtrace_symbols_fd(frames, count, fd);
#endif
            close(fd);
            write_text(STDERR_FILENO, program_name());
            write_text(STDERR_FILENO, ": crashed with ");
            write_text(STDERR_FILENO, signal_name(signal_number));
            write_text(STDERR_FILENO, "; details in ");
            write_text(STDERR_FILENO, crash_log_path);
            write_text(STDERR_FILENO, "\n");
        }
    }
    /* SA_RESETHAND made the default action current; it runs once the handler returns. */
    raise(signal_number);
}

/* ---- setup ---- */

/* Appends a terminfo string capability to the restore sequence, without delay padding. */
static void append_capability(const char *name) {
    const char *value = tigetstr(name);
    if (value == NULL || value == (const char *)-1) return;
    for (const char *p = value; *p != '\0'; ++p) {
        if (p[0] == '$' && p[1] == '<') {
            const char *end = strchr(p, '>');
            if (end != NULL) {
                p = end;
                continue;
            }
        }
        if (restore_length + 1 < sizeof(restore_sequence)) restore_sequence[restore_length++] = *p;
    }
}

/* The sequences that give the terminal plain pastes and no mouse reports back. */
static const char plain_paste[] = "\033[?2004l";
static const char no_mouse[] = "\033[?1006l\033[?1000l";

/* Appends plain text to the restore sequence. */
static void append_text(const char *text) {
    for (const char *p = text; *p != '\0'; ++p) {
        if (restore_length + 1 < sizeof(restore_sequence)) restore_sequence[restore_length++] = *p;
    }
}

static void prepare_restore_sequence(void) {
    restore_length = 0;
    /* CAN ends any escape sequence a signal may have interrupted half-written. */
    restore_sequence[restore_length++] = '\x18';
    append_capability("sgr0");
    append_capability("cnorm");
    append_capability("rmkx");
    append_capability("rmcup");
    append_text(plain_paste);
    if (mouse_reporting) append_text(no_mouse);
}

/* Asks the terminal to bracket pastes and, when asked for, to report the mouse (or stops both),
 * beside ncurses' own output. */
static void set_input_modes(bool on) {
    fflush(stdout);
    write_text(STDOUT_FILENO, on ? "\033[?2004h" : plain_paste);
    if (mouse_reporting) write_text(STDOUT_FILENO, on ? "\033[?1000h\033[?1006h" : no_mouse);
}

static void on_winch(int signal_number) {
    (void)signal_number;
    int saved_errno = errno;
    resized = 1;
    cnc_wake();
    errno = saved_errno;
}

static void install_handlers(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack = {.ss_sp = alternate_stack, .ss_size = sizeof(alternate_stack), .ss_flags = 0};
        sigaltstack(&stack, NULL);
    }
#if CNC_HAVE_BACKTRACE
    /* The first call loads the unwinder; doing it here keeps the handler from allocating. */
    void *frames[1];
    backtrace(frames, 1);
#endif
    for (size_t i = 0; i < COUNT(terminating_signals); ++i) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_handler = on_terminating_signal;
        sigfillset(&action.sa_mask);
        sigaction(terminating_signals[i], &action, &previous_terminating[i]);
    }
    struct sigaction winch;
    memset(&winch, 0, sizeof(winch));
    winch.sa_handler = on_winch;
    winch.sa_flags = SA_RESTART;
    sigemptyset(&winch.sa_mask);
    sigaction(SIGWINCH, &winch, &previous_winch);
    for (size_t i = 0; i < COUNT(crash_signals); ++i) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_handler = on_crash_signal;
        action.sa_flags = SA_RESETHAND | SA_ONSTACK;
        sigfillset(&action.sa_mask);
        sigaction(crash_signals[i], &action, &previous_crash[i]);
    }
}

static void uninstall_handlers(void) {
    sigaction(SIGWINCH, &previous_winch, NULL);
    for (size_t i = 0; i < COUNT(terminating_signals); ++i)
        sigaction(terminating_signals[i], &previous_terminating[i], NULL);
    for (size_t i = 0; i < COUNT(crash_signals); ++i)
        sigaction(crash_signals[i], &previous_crash[i], NULL);
}

static void restore_at_exit(void) { cnc_stop(); }

cnc_start_result cnc_start(const char *log_path, int escape_delay_ms, bool mouse) {
    if (screen != NULL) return CNC_START_ALREADY_ACTIVE;
    if (!isatty(STDIN_FILENO)) return CNC_START_STDIN_NOT_TERMINAL;
    if (!isatty(STDOUT_FILENO)) return CNC_START_STDOUT_NOT_TERMINAL;
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == '\0') return CNC_START_TERM_UNSET;

    setlocale(LC_ALL, "");

    int status = 0;
    if (setupterm(term, STDOUT_FILENO, &status) != OK) {
        return status == -1 ? CNC_START_NO_TERMINFO : CNC_START_TERM_UNKNOWN;
    }
    const char *cursor_addressing = tigetstr("cup");
    bool can_address_cursor = cursor_addressing != NULL && cursor_addressing != (const char *)-1;
    del_curterm(cur_term);
    if (!can_address_cursor) return CNC_START_TERM_UNSUITABLE;

    have_input_modes = tcgetattr(STDIN_FILENO, &saved_input_modes) == 0;
    have_output_modes = tcgetattr(STDOUT_FILENO, &saved_output_modes) == 0;

    if (wake_pipe[0] < 0) {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) == 0) {
            wake_pipe[0] = fds[0];
            wake_pipe[1] = fds[1];
        }
    }
    screen = newterm(term, stdout, stdin);
    if (screen == NULL) return CNC_START_TERM_UNSUITABLE;
    set_term(screen);

    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    meta(stdscr, TRUE);
    intrflush(stdscr, FALSE);
    leaveok(stdscr, TRUE);
    set_escdelay(escape_delay_ms < 0 ? 0 : escape_delay_ms);
    curs_set(0);
    define_key("\033[200~", CNC_KEY_PASTE_START);
    define_key("\033[201~", CNC_KEY_PASTE_END);
    mouse_reporting = mouse;
    if (mouse) define_key("\033[<", CNC_KEY_MOUSE_REPORT);
    set_input_modes(true);

    crash_log_path[0] = '\0';
    if (log_path != NULL && strlen(log_path) < sizeof(crash_log_path)) {
        strcpy(crash_log_path, log_path);
    }
    prepare_restore_sequence();
    install_handlers();
    if (!exit_hook_registered) {
        exit_hook_registered = atexit(restore_at_exit) == 0;
    }
    active = 1;
    return CNC_START_OK;
}

void cnc_stop(void) {
    if (screen == NULL) return;
    set_input_modes(false);
    endwin();
    active = 0;
    uninstall_handlers();
    delscreen(screen);
    screen = NULL;
}

int cnc_lines(void) {
    if (screen == NULL) return 0;
    int screen_rows, screen_columns;
    getmaxyx(stdscr, screen_rows, screen_columns);
    (void)screen_columns;
    return screen_rows < 0 ? 0 : screen_rows;
}

int cnc_columns(void) {
    if (screen == NULL) return 0;
    int screen_rows, screen_columns;
    getmaxyx(stdscr, screen_rows, screen_columns);
    (void)screen_rows;
    return screen_columns < 0 ? 0 : screen_columns;
}

void cnc_wake(void) {
    int fd = wake_pipe[1];
    if (fd < 0) return;
    char byte = 1;
    ssize_t written = write(fd, &byte, 1);
    (void)written; /* A full pipe already holds a wake-up. */
}

static cnc_input_kind read_now(int timeout_ms, uint32_t *value) {
    wtimeout(stdscr, timeout_ms);
    wint_t input = 0;
    int result = wget_wch(stdscr, &input);
    if (result == ERR) return CNC_INPUT_NONE;
    *value = (uint32_t)input;
    return result == KEY_CODE_YES ? CNC_INPUT_KEY_CODE : CNC_INPUT_CHARACTER;
}

/* A resize since the last call: ncurses takes the new size, and the caller hears KEY_RESIZE. */
static bool take_resize(uint32_t *value) {
    if (!resized) return false;
    resized = 0;
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0) {
        resizeterm(size.ws_row, size.ws_col);
    }
    *value = (uint32_t)KEY_RESIZE;
    return true;
}

cnc_input_kind cnc_read(int timeout_ms, uint32_t *value) {
    if (screen == NULL) return CNC_INPUT_NONE;
    if (take_resize(value)) return CNC_INPUT_KEY_CODE;
    /* What ncurses holds already (typeahead) comes first: poll cannot see it. */
    cnc_input_kind kind = read_now(0, value);
    if (kind != CNC_INPUT_NONE) return kind;
    struct pollfd waits[2] = {{.fd = STDIN_FILENO, .events = POLLIN}, {.fd = wake_pipe[0], .events = POLLIN}};
    int ready = poll(waits, wake_pipe[0] < 0 ? 1 : 2, timeout_ms < 0 ? -1 : timeout_ms);
    if (ready > 0 && (waits[1].revents & POLLIN)) {
        char drained[64];
        while (read(wake_pipe[0], drained, sizeof drained) > 0) {}
    }
    if (take_resize(value)) return CNC_INPUT_KEY_CODE;
    if (ready > 0 && (waits[0].revents & (POLLIN | POLLHUP | POLLERR))) return read_now(100, value);
    return CNC_INPUT_NONE;
}

int cnc_start_colors(bool *default_colors) {
    *default_colors = false;
    if (screen == NULL || !has_colors()) return 0;
    if (start_color() != OK) return 0;
    *default_colors = use_default_colors() == OK;
    return COLOR_PAIRS;
}

bool cnc_define_pair(int pair, int foreground, int background) {
    if (pair < 1 || pair >= COLOR_PAIRS) return false;
    return init_pair((short)pair, (short)foreground, (short)background) == OK;
}

uint32_t cnc_attributes(bool bold, bool dim, bool reverse, bool underline) {
    attr_t attributes = A_NORMAL;
    if (bold) attributes |= A_BOLD;
    if (dim) attributes |= A_DIM;
    if (reverse) attributes |= A_REVERSE;
    if (underline) attributes |= A_UNDERLINE;
    return (uint32_t)attributes;
}

int cnc_scalar_width(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

void cnc_erase(void) {
    if (screen != NULL) werase(stdscr);
}

bool cnc_put(int row, int column, const uint32_t *scalars, int count, uint32_t attributes, int pair) {
    if (screen == NULL || count < 1) return false;
    int screen_rows, screen_columns;
    getmaxyx(stdscr, screen_rows, screen_columns);
    if (row < 0 || column < 0 || row >= screen_rows || column >= screen_columns) return false;
    wchar_t characters[CCHARW_MAX + 1];
    int length = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < length; ++i) characters[i] = (wchar_t)scalars[i];
    characters[length] = L'\0';
    cchar_t cell;
    if (setcchar(&cell, characters, (attr_t)attributes, (short)pair, NULL) == ERR) return false;
    return mvwadd_wchnstr(stdscr, row, column, &cell, 1) == OK;
}

void cnc_present(void) {
    if (screen == NULL) return;
    wnoutrefresh(stdscr);
    doupdate();
}
