import Ommi
import OmmiSQLite
import Testing

@testable import OmmiBrowse

/// Filters that reach related models by relation name, run on SQLite against a reflected music
/// database: each selects exactly the rows that SQL written by hand in the test selects, and a
/// path through a one-to-many relation never selects a row twice.
@Suite struct FilterRelationTests {
    private let database: Ommi
    private let models: ModelCollection

    /// Artists with albums, tracks and tags; artist 4 has no album, album 6 no track.
    static let statements: [String] = {
        var statements = [
            "CREATE TABLE Artist (ArtistId INTEGER PRIMARY KEY, Name TEXT NOT NULL)",
            "CREATE TABLE Album (AlbumId INTEGER PRIMARY KEY, Title TEXT NOT NULL, ArtistId INTEGER NOT NULL REFERENCES Artist (ArtistId))",
            "CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, Name TEXT NOT NULL, AlbumId INTEGER REFERENCES Album (AlbumId), Milliseconds INTEGER)",
            "CREATE TABLE Tag (TagId INTEGER PRIMARY KEY, name TEXT NOT NULL)",
            "CREATE TABLE TrackTag (TrackId INTEGER NOT NULL REFERENCES Track (TrackId), TagId INTEGER NOT NULL REFERENCES Tag (TagId), PRIMARY KEY (TrackId, TagId))",
            "INSERT INTO Artist VALUES (1, 'Nirvana'), (2, 'Foo Fighters'), (3, 'Nirvana UK'), (4, 'Silent')",
            "INSERT INTO Album VALUES (1, 'Nevermind', 1), (2, 'In Utero', 1), (3, 'Wasting Light', 2), (4, 'Nevermind', 3), (5, 'Local', 3), (6, 'Empty', 2)",
            "INSERT INTO Tag VALUES (1, 'grunge'), (2, 'rock'), (3, 'swift')",
        ]
        var tracks: [String] = []
        var tags: [String] = []
        var id = 0
        for (album, count) in [(1, 4), (2, 3), (3, 2), (4, 1), (5, 3)] {
            for number in 1...count {
                id += 1
                tracks.append("(\(id), 'Song \(album)-\(number)', \(album), \(id * 1000))")
                for tag in 1...3 where (id + tag) % 3 != 0 { tags.append("(\(id), \(tag))") }
            }
        }
        tracks.append("(\(id + 1), 'Loose', NULL, 1)")
        statements.append("INSERT INTO Track VALUES " + tracks.joined(separator: ", "))
        statements.append("INSERT INTO TrackTag VALUES " + tags.joined(separator: ", "))
        return statements
    }()

    init() async throws {
        database = Ommi(try await SQLiteDriver.connect())
        for sql in Self.statements { try await database.driver.execute(SQLStatement(sql)) }
        models = try await ModelCollection.reflect(from: database)
    }

    private func schema(_ name: String) throws -> ModelSchema {
        try #require(models.schema(named: name))
    }

    private func filter(_ text: String, on model: String) throws -> FilterExpression {
        try FilterExpression(parsing: text, schema: try schema(model), catalog: models.catalog)
    }

    /// The keys of the rows the filter selects, in key order.
    private func keys(_ text: String, on model: String) async throws -> [DatabaseValue] {
        let schema = try schema(model)
        let dynamic = DynamicModel(schema: schema, database: database, catalog: models.catalog)
        let rows = try await dynamic.rows(
            where: try filter(text, on: model).condition, order: [SortKey(dynamic.column(schema.keyColumns[0]))])
        return rows.map { $0.values[0] }
    }

    /// The first column of every row of hand-written SQL.
    private func keys(sql: String) async throws -> [DatabaseValue] {
        var keys: [DatabaseValue] = []
        try await database.driver.query(SQLStatement(sql)) { keys.append($0.value(at: 0)) }
        return keys
    }

    @Test func toOnePathsSelectWhatJoinsSelect() async throws {
        let nevermind = try await keys(
            sql: "SELECT TrackId FROM Track JOIN Album USING (AlbumId) WHERE Title = 'Nevermind' ORDER BY TrackId")
        #expect(!nevermind.isEmpty)
        #expect(try await keys(#"album.Title = "Nevermind""#, on: "Track") == nevermind)
        let nirvana = try await keys(
            sql: """
                SELECT TrackId FROM Track JOIN Album USING (AlbumId) JOIN Artist USING (ArtistId)
                WHERE lower(Artist.Name) LIKE '%nirvana%' ORDER BY TrackId
                """)
        #expect(try await keys(#"album.artist.Name ~ "NIRVANA""#, on: "Track") == nirvana)
        let mixed = try await keys(
            sql: """
                SELECT TrackId FROM Track JOIN Album USING (AlbumId) JOIN Artist USING (ArtistId)
                WHERE Artist.Name = 'Nirvana' AND Milliseconds > 3000 ORDER BY TrackId
                """)
        #expect(try await keys(#"album.artist.Name = Nirvana and Milliseconds > 3000"#, on: "Track") == mixed)
    }

    @Test func oneToManyPathsNeverRepeatARow() async throws {
        let expected = try await keys(
            sql:
                "SELECT DISTINCT ArtistId FROM Artist JOIN Album USING (ArtistId) JOIN Track USING (AlbumId) WHERE Milliseconds > 1000 ORDER BY ArtistId"
        )
        let joinedRows = try await keys(
            sql:
                "SELECT ArtistId FROM Artist JOIN Album USING (ArtistId) JOIN Track USING (AlbumId) WHERE Milliseconds > 1000"
        )
        #expect(joinedRows.count > expected.count)
        let found = try await keys("albums.tracks.Milliseconds > 1000", on: "Artist")
        #expect(found == expected)
        let artists = DynamicModel(schema: try schema("Artist"), database: database, catalog: models.catalog)
        let condition = try filter("albums.tracks.Milliseconds > 1000", on: "Artist").condition
        #expect(try await artists.count(where: condition) == expected.count)
        let firstPage = try await artists.rows(where: condition, order: [SortKey(artists.column("ArtistId"))], limit: 1)
        let secondPage = try await artists.rows(
            where: condition, order: [SortKey(artists.column("ArtistId"))], limit: 5,
            after: firstPage.map { $0.values[0] })
        #expect((firstPage + secondPage).map { $0.values[0] } == expected)
    }

    @Test func manyToManyPathsGoThroughTheAssociation() async throws {
        let grunge = try await keys(
            sql:
                "SELECT TrackId FROM Track WHERE TrackId IN (SELECT TrackId FROM TrackTag JOIN Tag USING (TagId) WHERE name = 'grunge') ORDER BY TrackId"
        )
        #expect(try await keys(#"tags.name = "grunge""#, on: "Track") == grunge)
        let both = try await keys(
            sql: """
                SELECT TrackId FROM Track WHERE
                TrackId IN (SELECT TrackId FROM TrackTag JOIN Tag USING (TagId) WHERE name = 'grunge')
                AND TrackId IN (SELECT TrackId FROM TrackTag JOIN Tag USING (TagId) WHERE name = 'rock') ORDER BY TrackId
                """)
        #expect(try await keys(#"tags.name = grunge and tags.name = rock"#, on: "Track") == both)
        #expect(both.count < grunge.count)
    }

    @Test func countsAndExistence() async throws {
        let big = try await keys(
            sql:
                "SELECT AlbumId FROM Album WHERE (SELECT count(*) FROM Track WHERE Track.AlbumId = Album.AlbumId) >= 3 ORDER BY AlbumId"
        )
        #expect(try await keys("count(tracks) >= 3", on: "Album") == big)
        let lonely = try await keys(
            sql:
                "SELECT AlbumId FROM Album WHERE NOT EXISTS (SELECT 1 FROM Track WHERE Track.AlbumId = Album.AlbumId) ORDER BY AlbumId"
        )
        #expect(try await keys("no tracks", on: "Album") == lonely)
        #expect(try await keys("not exists tracks", on: "Album") == lonely)
        let all = try await keys(sql: "SELECT AlbumId FROM Album ORDER BY AlbumId")
        #expect(try await keys("exists tracks", on: "Album") == all.filter { !lonely.contains($0) })
        let silent = try await keys(
            sql: "SELECT ArtistId FROM Artist WHERE ArtistId NOT IN (SELECT ArtistId FROM Album) ORDER BY ArtistId")
        #expect(try await keys("no albums", on: "Artist") == silent)
        let tagged = try await keys(
            sql:
                "SELECT TrackId FROM Track WHERE (SELECT count(*) FROM TrackTag WHERE TrackTag.TrackId = Track.TrackId) = 2 ORDER BY TrackId"
        )
        #expect(try await keys("count(tags) = 2", on: "Track") == tagged)
        let onBigAlbums = try await keys(
            sql:
                "SELECT TrackId FROM Track WHERE (SELECT count(*) FROM Track AS t WHERE t.AlbumId = Track.AlbumId) > 3 ORDER BY TrackId"
        )
        #expect(try await keys("count(album.tracks) > 3", on: "Track") == onBigAlbums)
        let manyNevermind = try await keys(
            sql:
                "SELECT ArtistId FROM Artist WHERE EXISTS (SELECT 1 FROM Album WHERE Album.ArtistId = Artist.ArtistId AND Title = 'Nevermind') AND ArtistId > 1"
        )
        #expect(try await keys("albums.Title = Nevermind and not ArtistId = 1", on: "Artist") == manyNevermind)
    }

    @Test func relationFormsReadBackFromTheirText() throws {
        for (text, model) in [
            (#"album.artist.Name ~ "nirvana""#, "Track"), ("no tracks", "Album"), ("not exists album.tracks", "Track"),
            ("count(tags) >= 3 or tags.name = swift", "Track"),
            ("exists albums and albums.AlbumId = [ArtistId]", "Artist"),
        ] {
            let parsed = try filter(text, on: model)
            let again = try filter(parsed.text, on: model)
            #expect(again.condition == parsed.condition, "\(text) → \(parsed.text)")
        }
        #expect(try filter("not exists tracks", on: "Album").text == "no tracks")
        #expect(try filter(#"ALBUM.artist.name = "x""#, on: "Track").text == #"album.artist.Name = "x""#)
    }

    @Test func wrongNamesSayWhatTheModelHas() throws {
        func failure(_ text: String, _ model: String) throws -> String? {
            do {
                _ = try filter(text, on: model)
                return nil
            } catch let error as FilterError {
                return error.description
            }
        }
        let track = try schema("Track")
        let columns = track.fields.map(\.column).joined(separator: ", ")
        let relations = track.relations.map(\.name).joined(separator: ", ")
        #expect(
            try failure("albm.Title = 1", "Track")
                == #"\#("\"Track\"") has no relation "albm" at 1 (columns: \#(columns); relations: \#(relations))"#)
        let album = try schema("Album")
        let albumColumns = album.fields.map(\.column).joined(separator: ", ")
        let albumRelations = album.relations.map(\.name).joined(separator: ", ")
        #expect(
            try failure("album.Titel = 1", "Track")
                == #"unknown column "Titel" at 7 (columns: \#(albumColumns); relations: \#(albumRelations))"#)
        #expect(try failure("no albm", "Artist")?.hasPrefix(#""Artist" has no relation "albm" at 4"#) == true)
        #expect(
            try failure("count(albums.tracks) > 1", "Artist")?.hasPrefix("count() follows to-one relations") == true)
        #expect(try failure("count(tracks) > 1.5", "Album") == #""count(…)" compares with a whole number at 17"#)
        #expect(try failure("count(tracks >= 3", "Album") == #"expected ")" after the relation at 14"#)
    }

    @Test func theWordsOfRelationTestsStillNameColumns() throws {
        let schema = ModelSchema(
            name: "Odd",
            fields: [
                FieldSchema(name: "no", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "count", type: .integer, isNullable: true),
                FieldSchema(name: "exists", type: .integer, isNullable: true),
                FieldSchema(name: "a.b", type: .integer, isNullable: true),
            ])
        let column = { (name: String) in Operand.column(ColumnRef(table: "Odd", column: name)) }
        #expect(
            try parse("no = 1 and count > 2 and exists is null and a.b = 3", schema)
                == .and([
                    .compare(column("no"), .equal, .value(1)), .compare(column("count"), .greater, .value(2)),
                    .isNull(column("exists"), negated: false), .compare(column("a.b"), .equal, .value(3)),
                ]))
    }
}
