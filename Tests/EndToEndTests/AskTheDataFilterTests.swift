import Ommi
import OmmiBrowse
import Testing

/// Filters across relations, frequencies and relation counts on every backend of the build,
/// against answers of SQL written in the test, over the Chinook-shaped database.
@Suite("AskTheDataFilterTests", .serialized)
struct AskTheDataFilterTests {
    /// The database, reflected as the browser reflects it, and a connection of the test's own.
    private func open(_ backend: Backend) async throws -> (BrowsedDatabase, Ommi, ModelCollection) {
        let database = try await backend.database(ChinookData.statements)
        let ommi = Ommi(try await database.connect(false))
        return (database, ommi, try await ModelCollection.reflect(from: ommi))
    }

    /// The first column of the rows the filter selects on `model`, in key order.
    private func keys(_ filter: String, on model: String, _ ommi: Ommi, _ models: ModelCollection) async throws
        -> [DatabaseValue]
    {
        let schema = try #require(models.schema(named: model))
        let dynamic = DynamicModel(schema: schema, database: ommi, catalog: models.catalog)
        let condition = try FilterExpression(parsing: filter, schema: schema, catalog: models.catalog).condition
        let rows = try await dynamic.rows(where: condition, order: [SortKey(dynamic.column(schema.keyColumns[0]))])
        #expect(try await dynamic.count(where: condition) == rows.count)
        return rows.map { $0.values[0] }
    }

    @Test("relation paths select what hand-written SQL selects, never a row twice", arguments: Backend.all)
    func relationPaths(backend: Backend) async throws {
        let (database, ommi, models) = try await open(backend)
        let cases: [(filter: String, model: String, sql: String)] = [
            (
                #"album.Title = "Nevermind""#, "Track",
                #"SELECT "TrackId" FROM "Track" JOIN "Album" USING ("AlbumId") WHERE "Title" = 'Nevermind' ORDER BY "TrackId""#
            ),
            (
                #"album.artist.Name ~ "NIRVANA""#, "Track",
                #"SELECT "TrackId" FROM "Track" JOIN "Album" USING ("AlbumId") JOIN "Artist" USING ("ArtistId") WHERE lower("Artist"."Name") LIKE '%nirvana%' ORDER BY "TrackId""#
            ),
            (
                "albums.tracks.Milliseconds > 220000", "Artist",
                #"SELECT DISTINCT "ArtistId" FROM "Artist" JOIN "Album" USING ("ArtistId") JOIN "Track" USING ("AlbumId") WHERE "Milliseconds" > 220000 ORDER BY "ArtistId""#
            ),
            (
                #"playlists.Name = "90's Music" and genre.Name = Rock"#, "Track",
                #"SELECT "TrackId" FROM "Track" JOIN "Genre" USING ("GenreId") WHERE "Genre"."Name" = 'Rock' AND "TrackId" IN (SELECT "TrackId" FROM "PlaylistTrack" WHERE "PlaylistId" = 5) ORDER BY "TrackId""#
            ),
            (
                "count(tracks) >= 10", "Album",
                #"SELECT "AlbumId" FROM "Album" WHERE (SELECT count(*) FROM "Track" WHERE "Track"."AlbumId" = "Album"."AlbumId") >= 10 ORDER BY "AlbumId""#
            ),
            (
                "no tracks", "Genre",
                #"SELECT "GenreId" FROM "Genre" WHERE NOT EXISTS (SELECT 1 FROM "Track" WHERE "Track"."GenreId" = "Genre"."GenreId") ORDER BY "GenreId""#
            ),
            (
                "not exists tracks", "Playlist",
                #"SELECT "PlaylistId" FROM "Playlist" WHERE "PlaylistId" NOT IN (SELECT "PlaylistId" FROM "PlaylistTrack") ORDER BY "PlaylistId""#
            ),
        ]
        for test in cases {
            let expected = try await database.rows(test.sql).map { $0[0] }
            #expect(!expected.isEmpty, "\(test.filter)")
            #expect(try await keys(test.filter, on: test.model, ommi, models) == expected, "\(test.filter)")
        }
        let joined = try await database.rows(
            #"SELECT "ArtistId" FROM "Artist" JOIN "Album" USING ("ArtistId") JOIN "Track" USING ("AlbumId")"#)
        let artists = try await keys("albums.tracks.TrackId > 0", on: "Artist", ommi, models)
        #expect(Set(artists).count == artists.count)
        #expect(joined.count > artists.count)
    }

    @Test("frequencies are the database's grouped counts, a window at a time", arguments: Backend.all)
    func frequencies(backend: Backend) async throws {
        let (database, ommi, models) = try await open(backend)
        let schema = try #require(models.schema(named: "Customer"))
        let customers = DynamicModel(schema: schema, database: ommi, catalog: models.catalog)
        let expected = try await database.rows(
            #"SELECT "Country", count(*) FROM "Customer" GROUP BY "Country" ORDER BY count(*) DESC, "Country""#)
        var read: [[DatabaseValue]] = []
        for offset in stride(from: 0, to: expected.count, by: 5) {
            read += try await customers.frequencies(of: "Country", in: customers.query(), limit: 5, offset: offset)
                .map { [$0.value, .integer(Int64($0.count))] }
        }
        #expect(read == expected)
        let distinct = try await customers.distinctValues(of: "Country", in: customers.query())
        #expect(distinct.values == ChinookData.countries.count)
        #expect(distinct.rows == ChinookData.countries.map(\.1).reduce(0, +))
    }
}
