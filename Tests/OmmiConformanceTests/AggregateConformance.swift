import Ommi
import Testing

extension DriverConformance {
    /// Sums, averages, extremes, grouped counts and relation counts, through the query AST.
    @Suite("Aggregates") struct Aggregates {
        @Test(arguments: ConformanceDriver.all)
        func sumAverageMinAndMaxFollowTheFilter(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            for artist in seed.artists {
                let albums = seed.albums.filter { $0.artistID == artist.id }
                let query = test.db.find(Album.artistID == artist.id)
                #expect(try await query.sum(Album.price) == albums.map(\.price).reduce(0, +))
                #expect(try await query.sum(Album.tracks) == albums.map(\.tracks).reduce(0, +))
                let average = try #require(try await query.average(Album.price))
                #expect(abs(average - albums.map(\.price).reduce(0, +) / Double(albums.count)) < 1e-9)
                #expect(try await query.min(Album.tracks) == albums.map(\.tracks).min())
                #expect(try await query.max(Album.price) == albums.map(\.price).max())
                #expect(try await query.min(Album.rating) == albums.compactMap(\.rating).min())
                #expect(try await query.max(Album.rating) == albums.compactMap(\.rating).max())
            }
            #expect(try await test.db.find(Artist.self).min(Artist.name) == MusicSeed.artistNames.min())
            #expect(try await test.db.find(Artist.self).max(Artist.name) == MusicSeed.artistNames.max())
        }

        @Test(arguments: ConformanceDriver.all)
        func aggregatesOfNoRowsAreNil(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            _ = try await MusicSeed.plant(in: test.db)
            let none = test.db.find(Album.price > 1_000)
            #expect(try await none.sum(Album.tracks) == nil)
            #expect(try await none.sum(Album.price) == nil)
            #expect(try await none.average(Album.tracks) == nil)
            #expect(try await none.min(Album.title) == nil)
            #expect(try await none.max(Album.rating) == nil)
            #expect(try await none.counts(by: Album.rating).isEmpty)
            let unrated = test.db.find(Album.rating == nil)
            #expect(try await unrated.count() > 0)
            #expect(try await unrated.sum(Album.rating) == nil)
            #expect(try await unrated.average(Album.rating) == nil)
        }

        @Test(arguments: ConformanceDriver.all)
        func aggregatesHonourConditionsOnRelatedModelsAndTheWindow(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            let jazzFirst = seed.albums.filter { album in
                seed.links(of: album).contains { $0.style == "jazz" && $0.primary }
            }
            let query = test.db.find(Album.self).filter(Style.code == "jazz" && AlbumStyle.primary == true)
            #expect(!jazzFirst.isEmpty)
            #expect(try await query.sum(Album.tracks) == jazzFirst.map(\.tracks).reduce(0, +))
            #expect(try await query.max(Album.price) == jazzFirst.map(\.price).max())
            let byArvo = seed.albums.filter { seed.artistName(of: $0) == "Arvo" }
            #expect(
                try await test.db.find(Album.self).filter(Artist.name == "Arvo").sum(Album.price)
                    == byArvo.map(\.price).reduce(0, +))
            // Within a window: the five most expensive albums (ties by key).
            let priciest = seed.albums.sorted { $0.price != $1.price ? $0.price > $1.price : $0.id < $1.id }.prefix(5)
            let window = test.db.find(Album.self).sorted(by: Album.price.desc).limit(5)
            #expect(try await window.sum(Album.tracks) == priciest.map(\.tracks).reduce(0, +))
            #expect(try await window.min(Album.price) == priciest.map(\.price).min())
        }

        @Test(arguments: ConformanceDriver.all)
        func countsGroupedByAFieldInValueOrderWithNullFirst(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            func grouped<Value: Hashable>(_ values: [Value?]) -> [GroupCount<Value?>] {
                Dictionary(grouping: values) { $0 }.map { GroupCount(value: $0.key, count: $0.value.count) }
            }
            let byArtist = grouped(seed.albums.map(\.artistID)).sorted { ($0.value ?? .min) < ($1.value ?? .min) }
            #expect(byArtist.first?.value == nil)
            #expect(try await test.db.find(Album.self).counts(by: Album.artistID) == byArtist)
            let byArvo = seed.albums.filter { seed.artistName(of: $0) == "Arvo" }
            let ratings = grouped(byArvo.map(\.rating)).sorted { ($0.value ?? .min) < ($1.value ?? .min) }
            #expect(
                try await test.db.find(Album.self).filter(Artist.name == "Arvo").counts(by: Album.rating) == ratings)
            let tracks = Dictionary(grouping: seed.albums.filter { $0.price < 25 }, by: \.tracks)
                .map { GroupCount(value: $0.key, count: $0.value.count) }.sorted { $0.value < $1.value }
            #expect(try await test.db.find(Album.price < 25).counts(by: Album.tracks) == tracks)
        }

        @Test(arguments: ConformanceDriver.all)
        func relationCountsOfEveryOwnerInOneQuery(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            let perArtist = try await test.db.find(Artist.self).sorted(by: Artist.id).counting(Artist.albums)
            #expect(perArtist.map(\.model.id) == seed.artists.map(\.id))
            #expect(
                perArtist.map(\.count)
                    == seed.artists.map { artist in seed.albums.filter { $0.artistID == artist.id }.count })
            // The models come back bound to the database: their relations load.
            let first = try #require(perArtist.first)
            #expect(try await first.model.albums.value.count == first.count)
            let pricey = seed.albums.filter { $0.price > 20 }
            let links = try await test.db.find(Album.price > 20).sorted(by: Album.id).counting(Album.styles)
            #expect(links.map(\.model.id) == pricey.map(\.id))
            #expect(links.map(\.count) == pricey.map { seed.links(of: $0).count })
            let artists = try await test.db.find(Album.self).sorted(by: Album.id).counting(Album.artist)
            #expect(artists.map(\.count) == seed.albums.map { $0.artistID == nil ? 0 : 1 })
        }

        @Test(arguments: ConformanceDriver.all)
        func dynamicModelsCountRelationsAndAggregateByColumnName(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            let albums = DynamicModel(schema: Album.schema, database: test.db, catalog: musicModels.catalog)
            let id = albums.column(Album.id.column)
            let query = albums.query(
                where: .compare(.column(id), .lessOrEqual, .value(.integer(10))), order: [SortKey(id)])
            let counted = try await albums.rows(query, counting: ["styles", "artist"])
            let expected = seed.albums.filter { $0.id <= 10 }
            #expect(counted.map(\.row.values) == expected.map(\.databaseValues))
            #expect(counted.map(\.counts) == expected.map { [seed.links(of: $0).count, $0.artistID == nil ? 0 : 1] })
            let tracks = try await albums.aggregate(.sum, of: Album.tracks.column, in: query)
            #expect(tracks == .integer(Int64(expected.map(\.tracks).reduce(0, +))))
            let groups = try await albums.counts(by: Album.tracks.column, in: query)
            #expect(groups.map(\.count).reduce(0, +) == expected.count)
            #expect(groups.map(\.value) == Set(expected.map(\.tracks)).sorted().map { .integer(Int64($0)) })
        }
    }
}
