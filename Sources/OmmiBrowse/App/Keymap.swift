import TerminalUI

/// The one table of keys: which key means which command, where it applies and what `?` says
/// about it. ``Command/init(key:)``, the help screen and the status line's hints all read it, so
/// they cannot disagree.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding("↑ ↓  k j", "move", [.up: [.up, .character("k")], .down: [.down, .character("j")]]),
        KeyBinding(
            "PgUp PgDn  Ctrl-b Ctrl-f", "page",
            [.pageUp: [.pageUp, .control("b")], .pageDown: [.pageDown, .control("f"), .character(" ")]]),
        KeyBinding("g G  Home End", "first, last row", [.first: [.character("g"), .home], .last: [.character("G"), .end]]),
        KeyBinding(
            "← →  h l", "scroll columns", [.scrollLeft: [.left, .character("h")], .scrollRight: [.right, .character("l")]],
            scope: .rows),
        KeyBinding("Enter", "open: model → rows → record → relation", [.open: [.enter]]),
        KeyBinding("Esc  Backspace", "back one pane", [.back: [.escape, .backspace]]),
        KeyBinding("Tab", "move focus between the model list and the pane", [.switchFocus: [.tab, .backTab]]),
        KeyBinding(
            "/", "search the current rows (n N: next, previous)",
            [.startSearch: [.character("/")], .nextMatch: [.character("n")], .previousMatch: [.character("N")]],
            scope: .rows),
        KeyBinding("f", "filter, e.g. title ~ \"swift\" and id > 10", [.startFilter: [.character("f")]], scope: .rows),
        KeyBinding("s", "sort by the first shown column (again: reverse)", [.sort: [.character("s")]], scope: .rows),
        KeyBinding(
            "a d", "attach, detach (many-to-many panes)", [.attach: [.character("a")], .detach: [.character("d")]],
            scope: .manyToManyWrites),
        KeyBinding("u", "undo the last change", [.undo: [.character("u")]], scope: .writes),
        KeyBinding("r", "reload the current pane", [.reload: [.character("r"), .control("l")]], scope: .panes),
        KeyBinding("?", "this help", [.help: [.character("?"), .function(1)]]),
        KeyBinding("q", "back; quits from the first pane", [.quit: [.character("q")]]),
        KeyBinding("Ctrl-c", "quit", [.quitNow: [.control("c")]]),
    ]

    private static let commands: [Key: Command] = {
        var table: [Key: Command] = [:]
        for binding in bindings {
            for (command, keys) in binding.keys {
                for key in keys { table[key] = command }
            }
        }
        return table
    }()

    /// The command `key` stands for outside a modal, if any.
    static func command(for key: Key) -> Command? { commands[key] }

    /// The binding that holds `command`.
    static func binding(of command: Command) -> KeyBinding? {
        bindings.first { $0.keys[command] != nil }
    }

    /// The name of the first key of `command`, as a hint shows it: `Enter`, `/`, `a`.
    static func keyName(of command: Command) -> String {
        binding(of: command)?.keys[command]?.first.map(\.description) ?? ""
    }
}

/// One line of the key table: the commands it binds, with their keys, where they apply and what
/// they do.
public struct KeyBinding: Sendable {
    /// The keys as the help screen names them.
    public var label: String
    /// What the keys do, as the help screen says it.
    public var help: String
    /// The keys of each command, the first being the one hints name.
    public var keys: [Command: [Key]]
    public var scope: KeyScope

    init(_ label: String, _ help: String, _ keys: [Command: [Key]], scope: KeyScope = .everywhere) {
        self.label = label
        self.help = help
        self.keys = keys
        self.scope = scope
    }
}

/// Where a key applies.
public enum KeyScope: Sendable, Equatable {
    case everywhere
    /// In any pane of the stack.
    case panes
    /// In a rows pane.
    case rows
    /// A change of any kind: refused when the browser is read-only.
    case writes
    /// A change of a many-to-many relation's links.
    case manyToManyWrites
}

/// A key the status line names: `a attach`.
public struct Hint: Sendable, Equatable {
    public var command: Command
    /// What the key does, in a word or two.
    public var word: String

    public init(_ command: Command, _ word: String) {
        self.command = command
        self.word = word
    }

    /// The hint as the status line shows it: the key's name and the word.
    public var text: String { Keymap.keyName(of: command) + " " + word }
}

/// The keys, as `?` lists them: one line per binding of the ``Keymap``.
public enum KeyHelp {
    public static var lines: [(keys: String, action: String)] {
        Keymap.bindings.map { ($0.label, $0.help) }
    }
}
