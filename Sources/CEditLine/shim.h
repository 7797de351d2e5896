// Non-variadic wrappers around libedit, which Swift cannot call directly
// (el_set, el_get and history are C variadic functions).
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

typedef unsigned char (*cel_function)(EditLine *, int);
typedef char *(*cel_prompt_function)(EditLine *);

static inline int cel_set_prompt(EditLine *el, cel_prompt_function fn) { return el_set(el, EL_PROMPT, fn); }
static inline int cel_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int cel_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int cel_add_function(EditLine *el, const char *name, const char *help, cel_function fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int cel_bind(EditLine *el, const char *key, const char *fn) {
    return el_set(el, EL_BIND, key, fn, NULL);
}
static inline int cel_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *cel_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int cel_source(EditLine *el) { return el_source(el, NULL); }
static inline void cel_push(EditLine *el, const char *text) { el_push(el, text); }

static inline EditLine *cel_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
/* Writes to stdout and flushes (Swift 6 may not touch the C globals stdin/stdout). */
static inline void cel_write(const char *text) { fputs(text, stdout); fflush(stdout); }

/* History */
static inline int cel_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int cel_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int cel_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int cel_history_load(History *h, const char *file) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, file);
}
static inline int cel_history_save(History *h, const char *file) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, file);
}

/* The line being edited, as a C string copy of the part before the cursor. */
static inline int cel_line_before_cursor(EditLine *el, char *buffer, int capacity) {
    const LineInfo *li = el_line(el);
    int n = (int)(li->cursor - li->buffer);
    if (n >= capacity) n = capacity - 1;
    memcpy(buffer, li->buffer, (size_t)n);
    buffer[n] = 0;
    return n;
}

/* Ctrl-C: a handler without SA_RESTART sets a flag, so el_gets returns with EINTR. */
static volatile sig_atomic_t cel_interrupted = 0;
static volatile sig_atomic_t cel_resized = 0;
static void cel_on_sigint(int sig) { (void)sig; cel_interrupted = 1; }
static void cel_on_sigwinch(int sig) { (void)sig; cel_resized = 1; }
static inline void cel_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cel_on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: interrupt the read */
    sigaction(SIGINT, &sa, NULL);
    struct sigaction sw;
    memset(&sw, 0, sizeof sw);
    sw.sa_handler = cel_on_sigwinch;
    sigemptyset(&sw.sa_mask);
    sw.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &sw, NULL);
    /* A parent may have left these blocked (test runners do): unblock them. */
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGINT);
    sigaddset(&unblock, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}
static inline int cel_take_interrupt(void) {
    int was = cel_interrupted;
    cel_interrupted = 0;
    return was;
}
static inline int cel_take_resize(void) {
    int was = cel_resized;
    cel_resized = 0;
    return was;
}

/* Terminal width, or 0 when not a terminal. */
static inline int cel_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 0;
}
static inline int cel_terminal_rows(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) return ws.ws_row;
    return 0;
}

/* Swift never calls setlocale; without it libedit drops every non-ASCII byte. */
static inline void cel_setup_locale(void) {
    if (setlocale(LC_CTYPE, "") == NULL) setlocale(LC_CTYPE, "C.UTF-8");
}

#endif
