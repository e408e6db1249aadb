import TerminalUI

/// The one table of keys: which key means which command, where it applies and what `?` says
/// about it. ``Command/init(key:)``, the help screen and the status line's hints all read it, so
/// they cannot disagree.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding("move", [.up: [.up, .character("k")], .down: [.down, .character("j")]]),
        KeyBinding(
            "page", [.pageUp: [.pageUp, .control("b")], .pageDown: [.pageDown, .control("f"), .character(" ")]]),
        KeyBinding("first, last row", [.first: [.character("g"), .home], .last: [.character("G"), .end]]),
        KeyBinding(
            "move the column cursor; keys stay left",
            [.scrollLeft: [.left, .character("h")], .scrollRight: [.right, .character("l")]], scope: .rows),
        KeyBinding("jump to a column by part of its name", [.jumpToColumn: [.character("c")]], scope: .rows),
        KeyBinding("open: model → rows → record → relation", [.open: [.enter]]),
        KeyBinding("back one pane", [.back: [.escape, .backspace]]),
        KeyBinding("focus the model list or the pane", [.switchFocus: [.tab, .backTab]]),
        KeyBinding(
            "search the rows; then next, previous match",
            [.startSearch: [.character("/")], .nextMatch: [.character("n")], .previousMatch: [.character("N")]],
            scope: .rows),
        KeyBinding(
            "filter, e.g. id > 10; b the path as filter",
            [.startFilter: [.character("f")], .pathFilter: [.character("b")]], scope: .rows),
        KeyBinding(
            "sort by the cursor's column; F frequencies",
            [.sort: [.character("s")], .frequency: [.character("F")]], scope: .rows),
        KeyBinding("edit the cell (a reference: pick its row)", [.edit: [.character("e")]], scope: .writes),
        KeyBinding(
            "insert a row, delete the row", [.insert: [.character("o")], .delete: [.character("D")]], scope: .writes),
        KeyBinding(
            "attach, detach (many-to-many panes)", [.attach: [.character("a")], .detach: [.character("d")]],
            scope: .manyToManyWrites),
        KeyBinding("undo, redo the last change", [.undo: [.character("u")], .redo: [.control("r")]], scope: .writes),
        KeyBinding("view the whole value: text, JSON, hex", [.view: [.character("v")]], scope: .panes),
        KeyBinding(
            "copy the cell, the row; write rows to file",
            [.copyCell: [.character("y")], .copyRow: [.character("Y")], .export: [.character("w")]], scope: .panes),
        KeyBinding("SQL console; a change asks for y first", [.console: [.character(":")]]),
        KeyBinding("reload the current pane", [.reload: [.character("r"), .control("l")]], scope: .panes),
        KeyBinding("this help", [.help: [.character("?"), .function(1)]]),
        KeyBinding(
            "back, or quit from the first; Ctrl-c quits", [.quit: [.character("q")], .quitNow: [.control("c")]]),
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
        bindings.first { binding in binding.keys.contains { $0.command == command } }
    }

    /// The name of the first key of `command`, as a hint shows it: `Enter`, `/`, `a`.
    static func keyName(of command: Command) -> String {
        binding(of: command)?.keys.first { $0.command == command }?.keys.first.map(\.description) ?? ""
    }
}

/// One line of the key table: the commands it binds, with their keys, where they apply and what
/// they do.
public struct KeyBinding: Sendable {
    /// What the keys do, as the help screen says it.
    public var help: String
    /// The keys of each command, in order; a command's first key is the one hints name.
    public var keys: [(command: Command, keys: [Key])]
    public var scope: KeyScope

    init(_ help: String, _ keys: KeyValuePairs<Command, [Key]>, scope: KeyScope = .everywhere) {
        self.help = help
        self.keys = keys.map { (command: $0.key, keys: $0.value) }
        self.scope = scope
    }

    /// The keys as the help screen names them: the commands' first keys, then their second
    /// keys, and so on: `↑ ↓  k j`, `PgUp PgDn  Ctrl-b Ctrl-f  Space`.
    public var label: String {
        let depth = keys.map(\.keys.count).max() ?? 0
        return (0..<depth).map { position in
            keys.compactMap { $0.keys.indices.contains(position) ? $0.keys[position].description : nil }
                .joined(separator: " ")
        }.joined(separator: "  ")
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

    /// Whether a key of this scope does anything in a browser that is read-only or not.
    func applies(readOnly: Bool) -> Bool {
        switch self {
        case .writes, .manyToManyWrites: !readOnly
        case .everywhere, .panes, .rows: true
        }
    }
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

    /// Whether the hint's key does anything in `app`: no change is offered when it is read-only.
    func applies(in app: AppState) -> Bool {
        Keymap.binding(of: command)?.scope.applies(readOnly: app.readOnly) ?? false
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
