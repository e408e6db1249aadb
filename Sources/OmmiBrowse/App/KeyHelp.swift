/// The keys, as `?` lists them and the status line hints at them.
public enum KeyHelp {
    public static let lines: [(keys: String, action: String)] = [
        ("↑ ↓  k j", "move"),
        ("PgUp PgDn  Ctrl-b Ctrl-f", "page"),
        ("g G  Home End", "first, last row"),
        ("← →  h l", "scroll columns"),
        ("Enter", "open: model → rows → record → relation"),
        ("Esc  Backspace", "back one pane"),
        ("Tab", "move focus between the model list and the pane"),
        ("/", "search the current rows (n N: next, previous)"),
        ("f", "filter, e.g. title ~ \"swift\" and id > 10"),
        ("s", "sort by the first shown column (again: reverse)"),
        ("a d", "attach, detach (many-to-many panes)"),
        ("u", "undo the last change"),
        ("r", "reload the current pane"),
        ("?", "this help"),
        ("q", "back; quits from the first pane"),
        ("Ctrl-c", "quit"),
    ]
}
