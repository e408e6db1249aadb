import Ommi
import TerminalUI

extension AppState {
    /// `a`: opens the picker of rows not yet attached to the pane's record.
    mutating func startAttach() -> [Effect] {
        guard let (id, pane, _) = editablePane() else { return [] }
        guard let scope = pane.scope else { return [] }
        picker = Picker(paneID: id, target: pane.schema, unattached: .not(scope))
        return pickerQuery()
    }

    /// `d`: asks whether to detach the row under the cursor.
    mutating func startDetach() -> [Effect] {
        guard let (id, pane, context) = editablePane() else { return [] }
        guard let row = pane.currentRow else {
            status = .info("no row to detach")
            return []
        }
        let target = RowName.quoted(pane.schema, row)
        let owner = RowName.owner(context.owner, context.ownerRow)
        confirmation = Confirmation(
            question: "Detach \(target) from \(owner)? (y/n)", paneID: id,
            request: EditRequest(owner: context.owner, ownerRow: context.ownerRow, relation: context.name, target: row),
            description: "detached \(target) from \(owner)")
        return []
    }

    /// `u`: undoes the newest change of this session.
    mutating func startUndo() -> [Effect] {
        if let reason = readOnlyReason {
            status = .error(reason)
            return []
        }
        guard let entry = undoStack.popLast() else {
            status = .info("nothing to undo")
            return []
        }
        status = .info("undoing: \(entry.description)…")
        return [.undo(current?.id, entry)]
    }

    /// Why nothing may be written, if so.
    var readOnlyReason: String? {
        readOnly ? "read-only (--read-only, or the file cannot be written): nothing is changed" : nil
    }

    /// The top pane when it is a many-to-many pane that may be written to; otherwise says why not.
    private mutating func editablePane() -> (PaneID, RowsPane, RelationContext)? {
        guard let pane = current, let rows = pane.rows, let context = rows.relation, context.kind == .manyToMany else {
            status = .info("a and d attach and detach in many-to-many panes (⇄ in a record)")
            return nil
        }
        if let reason = readOnlyReason {
            status = .error(reason)
            return nil
        }
        if let through = association(of: context), through.isReadOnly {
            status = .error("\(through.name) is a view: nothing is written")
            return nil
        }
        return (pane.id, rows, context)
    }

    func association(of context: RelationContext) -> ModelSchema? {
        guard let relation = context.owner.relation(named: context.name) else { return nil }
        return (try? ResolvedRelation.resolve(relation, of: context.owner, in: catalog))?.through?.schema
    }

    mutating func pickerQuery() -> [Effect] {
        guard var picker else { return [] }
        picker.generation += 1
        picker.loading = true
        var condition = picker.unattached
        let text = picker.text.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty { condition = condition && TextSearch.condition(text, in: picker.target) }
        self.picker = picker
        return [.pick(generation: picker.generation, picker.target, condition)]
    }

    mutating func handlePickerKey(_ key: Key) -> [Effect] {
        guard var picker else { return [] }
        switch key {
        case .escape:
            self.picker = nil
            status = .info("nothing was attached")
            return []
        case .up:
            picker.cursor = max(0, picker.cursor - 1)
        case .down:
            picker.cursor = min(max(0, picker.rows.count - 1), picker.cursor + 1)
        case .backspace, .delete:
            guard !picker.text.isEmpty else { return [] }
            picker.text.removeLast()
            self.picker = picker
            return pickerQuery()
        case .character(let character):
            picker.text.append(character)
            self.picker = picker
            return pickerQuery()
        case .enter:
            guard picker.rows.indices.contains(picker.cursor) else {
                status = .info(picker.loading ? "still reading rows…" : "no row to attach; Esc closes")
                return []
            }
            self.picker = nil
            return choose(picker.rows[picker.cursor], for: picker.paneID)
        default:
            return []
        }
        self.picker = picker
        return []
    }

    /// Attaches `target`, first asking for association values that have no default.
    private mutating func choose(_ target: DynamicRow, for id: PaneID) -> [Effect] {
        guard let pane = panes.first(where: { $0.id == id })?.rows, let context = pane.relation,
            let through = association(of: context)
        else { return [] }
        let needed = PayloadFields.needed(through, linking: context, catalog: catalog)
        if !needed.isEmpty {
            form = PayloadForm(paneID: id, target: target, fields: needed)
            return []
        }
        return attach(target, in: id, payload: [:])
    }

    private mutating func attach(_ target: DynamicRow, in id: PaneID, payload: [String: DatabaseValue]) -> [Effect] {
        guard let pane = panes.first(where: { $0.id == id })?.rows, let context = pane.relation else { return [] }
        let description = "attached \(RowName.quoted(pane.schema, target)) to \(RowName.owner(context.owner, context.ownerRow))"
        status = .info("attaching…")
        let request = EditRequest(owner: context.owner, ownerRow: context.ownerRow, relation: context.name, target: target)
        return [.attach(id, request, payload: payload, description: description)]
    }

    mutating func handleFormKey(_ key: Key) -> [Effect] {
        guard var form else { return [] }
        switch key {
        case .escape:
            self.form = nil
            status = .info("nothing was attached")
            return []
        case .tab, .down:
            form.cursor = (form.cursor + 1) % max(1, form.fields.count)
        case .backTab, .up:
            form.cursor = (form.cursor + form.fields.count - 1) % max(1, form.fields.count)
        case .backspace, .delete:
            if !form.values[form.cursor].isEmpty { form.values[form.cursor].removeLast() }
        case .character(let character):
            form.values[form.cursor].append(character)
        case .enter:
            switch form.payload() {
            case .failure(let problem):
                status = .error(problem.message)
                if let index = form.fields.firstIndex(where: { $0.name == problem.field }) { form.cursor = index }
            case .success(let payload):
                self.form = nil
                return attach(form.target, in: form.paneID, payload: payload)
            }
        default:
            return []
        }
        self.form = form
        return []
    }

    mutating func handleConfirmationKey(_ key: Key) -> [Effect] {
        guard let confirmation else { return [] }
        switch key {
        case .character("y"), .character("Y"), .enter:
            self.confirmation = nil
            status = .info("detaching…")
            return [.detach(confirmation.paneID, confirmation.request, description: confirmation.description)]
        case .character("n"), .character("N"), .escape:
            self.confirmation = nil
            status = .info("nothing was detached")
            return []
        default:
            return []
        }
    }

    /// A change was written: remembered for undo, reported, and every pane that shows what it
    /// changed reads again.
    mutating func applyChange(_ change: AssociationChange, description: String, undo: Bool) -> [Effect] {
        if undo {
            status = .info("undone: \(description)")
        } else {
            undoStack.append(UndoEntry(change: change, description: description))
            status = .info(description + "; u undoes it")
        }
        return refreshAfterChange()
    }

    /// Reads again the rows panes and record summaries on the stack, and the counts of the
    /// models, after a write.
    mutating func refreshAfterChange() -> [Effect] {
        var effects: [Effect] = []
        for pane in panes {
            switch pane.content {
            case .rows(let rows): effects += reloadRows(pane.id, anchor: rows.currentRow, recount: true)
            case .record(let record): effects.append(.summarizeRelations(pane.id, record.schema, record.row, record.relations))
            }
        }
        modelCounts = [:]
        return effects + countVisibleModels()
    }
}

/// The association columns an attach must be given: not part of the link, NOT NULL, without a
/// default, and not a key the database assigns.
enum PayloadFields {
    static func needed(_ through: ModelSchema, linking context: RelationContext, catalog: SchemaCatalog) -> [FieldSchema] {
        guard let relation = context.owner.relation(named: context.name),
            let resolved = try? ResolvedRelation.resolve(relation, of: context.owner, in: catalog),
            let sides = resolved.through
        else { return [] }
        let linked = Set(sides.ownerSide + sides.targetSide)
        let assignedKey = through.keyFields.count == 1 && through.keyFields[0].isAuto
        return through.fields.filter { field in
            !linked.contains(field.column) && !field.isNullable && field.defaultSQL == nil
                && !(field.isKey && assignedKey)
        }
    }
}

/// How rows are named in questions and messages: `'guide'`, `post #1`.
enum RowName {
    static func quoted(_ schema: ModelSchema, _ row: DynamicRow) -> String {
        if let label = LabelColumn.of(schema).flatMap({ row.value(ofColumn: $0, in: schema) }), !label.isNull {
            return "'" + ValueText.plain(label).prefix(40) + "'"
        }
        return schema.name + " #" + key(schema, row)
    }

    static func owner(_ schema: ModelSchema, _ row: DynamicRow) -> String {
        schema.name.lowercased() + " #" + key(schema, row)
    }

    static func key(_ schema: ModelSchema, _ row: DynamicRow) -> String {
        schema.keyColumns.map { ValueText.plain(row.value(ofColumn: $0, in: schema) ?? .null) }.joined(separator: ",")
    }
}
