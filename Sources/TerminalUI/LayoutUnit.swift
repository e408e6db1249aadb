/// One character as a terminal lays it out: safe to draw and one or two columns wide.
///
/// Most layout units are whole graphemes. Emoji sequences (ZWJ sequences, flags, skin tones,
/// keycaps, anything with variation selector 16) are one unit two columns wide. Graphemes that
/// hold several spacing characters, as in Devanagari `क्षि`, are split into one unit per spacing
/// character with the marks that follow it, because terminals give each of those a column.
struct LayoutUnit: Sendable, Hashable {
    let character: Character
    /// 1 or 2.
    let width: Int

    /// The units of `character`, after making it safe.
    static func units(of character: Character) -> [LayoutUnit] {
        guard let replacement = SafeText.replacement(for: character) else {
            return unitsOfSafe(character)
        }
        return replacement.flatMap(unitsOfSafe)
    }

    /// The unit of a printable ASCII character, the common case, without any allocation.
    static func ascii(_ character: Character) -> LayoutUnit? {
        guard let ascii = character.asciiValue, (0x20..<0x7F).contains(ascii) else { return nil }
        return LayoutUnit(character: character, width: 1)
    }

    private static func unitsOfSafe(_ character: Character) -> [LayoutUnit] {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return [] }
        if isEmojiSequence(character) {
            return [LayoutUnit(character: character, width: 2)]
        }
        var components: [String.UnicodeScalarView] = []
        for scalar in scalars {
            if scalar.columnWidth > 0 || components.isEmpty {
                components.append(String.UnicodeScalarView([scalar]))
            } else {
                components[components.count - 1].append(scalar)
            }
        }
        if components.count == 1 {
            return [LayoutUnit(character: character, width: clamped(first.columnWidth))]
        }
        return components.flatMap { component -> [LayoutUnit] in
            let text = String(component)
            let width = clamped(component.first?.columnWidth ?? 1)
            guard text.count == 1, let single = text.first else {
                return text.map { LayoutUnit(character: $0, width: clamped($0.unicodeScalars.first?.columnWidth ?? 1)) }
            }
            return [LayoutUnit(character: single, width: width)]
        }
    }

    /// Emoji shown as a picture: default emoji presentation (including flags), or an emoji
    /// character made a picture by variation selector 16, a joiner or a skin-tone modifier.
    private static func isEmojiSequence(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        if first.properties.isEmojiPresentation { return true }
        guard first.properties.isEmoji, scalars.count > 1 else { return false }
        return scalars.dropFirst().contains {
            $0 == .emojiVariationSelector || $0 == .zeroWidthJoiner || $0.properties.isEmojiModifier
        }
    }

    private static func clamped(_ width: Int) -> Int {
        min(2, max(1, width))
    }
}

/// The layout units of a text, in order, computed lazily so that cutting a long text to a
/// screen's width costs only what is shown.
struct LayoutUnits<Base: StringProtocol>: Sequence, IteratorProtocol {
    private var characters: Base.Iterator
    private var pending: [LayoutUnit] = []
    private var pendingIndex = 0

    init(_ text: Base) {
        characters = text.makeIterator()
    }

    mutating func next() -> LayoutUnit? {
        while pendingIndex >= pending.count {
            guard let character = characters.next() else { return nil }
            if let unit = LayoutUnit.ascii(character) { return unit }
            pending = LayoutUnit.units(of: character)
            pendingIndex = 0
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }
}
