import Ommi
import Testing

extension DriverConformance {
    /// Conditions that reach an association row, and orders by a related model's column.
    @Suite("Queries across related models") struct RelatedQueries {
        func ids(_ query: Query<Album>) async throws -> [Int] {
            try await query.all().map(\.id).sorted()
        }

        func ids(of albums: [Album]) -> [Int] { albums.map(\.id).sorted() }

        @Test(arguments: ConformanceDriver.all)
        func conditionsOnATargetAndItsLinkConstrainOneLinkRow(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            let oneLink = seed.albums.filter { album in
                seed.links(of: album).contains { $0.style == "rock" && $0.primary }
            }
            let anyLinks = seed.albums.filter { album in
                seed.links(of: album).contains { $0.style == "rock" }
                    && seed.links(of: album).contains(where: \.primary)
            }
            #expect(!oneLink.isEmpty && oneLink.count < anyLinks.count)
            let together = test.db.find(Album.self).filter(Style.code == "rock" && AlbumStyle.primary == true)
            #expect(try await ids(together) == ids(of: oneLink))
            // The filters of one query are one conjunction too.
            let apart = test.db.find(Album.self).filter(Style.code == "rock").filter(AlbumStyle.primary == true)
            #expect(try await ids(apart) == ids(of: oneLink))
            let withOwnTerm = test.db.find(Album.price > 20 && Style.code == "rock" && AlbumStyle.primary == true)
            #expect(try await ids(withOwnTerm) == ids(of: oneLink.filter { $0.price > 20 }))
            let negated = test.db.find(Album.self).filter(!(Style.code == "rock" && AlbumStyle.primary == true))
            #expect(
                try await ids(negated)
                    == ids(of: seed.albums.filter { album in !oneLink.contains { $0.id == album.id } }))
            // A disjunction is satisfied by any link for each side.
            let either = test.db.find(Album.self).filter(Style.code == "ambient" || AlbumStyle.primary == true)
            let expected = seed.albums.filter { album in
                seed.links(of: album).contains { $0.style == "ambient" }
                    || seed.links(of: album).contains(where: \.primary)
            }
            #expect(try await ids(either) == ids(of: expected))
        }

        @Test(arguments: ConformanceDriver.all)
        func conditionsOnTwoColumnsOfAToManyModelConstrainOneRow(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            let expected = seed.artists.filter { artist in
                seed.albums.contains { $0.artistID == artist.id && $0.price > 30 && $0.rating == nil }
            }
            let artists = try await test.db.find(Artist.self).filter(Album.price > 30 && Album.rating == nil).all()
            #expect(!expected.isEmpty)
            #expect(artists.map(\.id).sorted() == expected.map(\.id).sorted())
        }

        /// Albums in the order of their artist's name, NULL (no artist) first, ties by the album's key.
        func byArtistName(_ seed: MusicSeed, descending: Bool = false) -> [Album] {
            seed.albums.sorted { left, right in
                let (a, b) = (seed.artistName(of: left), seed.artistName(of: right))
                if a == b { return left.id < right.id }
                guard let a else { return !descending }
                guard let b else { return descending }
                return descending ? a > b : a < b
            }
        }

        @Test(arguments: ConformanceDriver.all)
        func sortingByAToOneRelatedColumnKeepsEveryRowOnceWithNullsFirst(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            #expect(seed.albums.contains { $0.artistID == nil })
            let ascending = try await test.db.find(Album.self).sorted(by: Artist.name).all()
            #expect(ascending.map(\.id) == byArtistName(seed).map(\.id))
            let descending = try await test.db.find(Album.self).sorted(by: Artist.name.desc).all()
            #expect(descending.map(\.id) == byArtistName(seed, descending: true).map(\.id))
            #expect(try await test.db.find(Album.self).sorted(by: Artist.name).limit(7, offset: 25).count() == 5)
        }

        @Test(arguments: ConformanceDriver.all)
        func sortingByARelatedColumnCombinesWithFiltersAndAWindow(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            let cheap = try await test.db.find(Album.price < 30).sorted(by: Artist.name.desc, Album.tracks)
                .limit(6, offset: 3).all()
            let expected = seed.albums.filter { $0.price < 30 }.sorted { left, right in
                let (a, b) = (seed.artistName(of: left) ?? "", seed.artistName(of: right) ?? "")
                if a != b { return a > b }
                return left.tracks != right.tracks ? left.tracks < right.tracks : left.id < right.id
            }
            #expect(cheap.map(\.id) == Array(expected.dropFirst(3).prefix(6)).map(\.id))
            let notMiles = try await test.db.find(Album.self).filter(Artist.name != "Miles").sorted(by: Artist.name)
                .all()
            #expect(
                notMiles.map(\.id)
                    == byArtistName(seed).filter { seed.artistName(of: $0).map { $0 != "Miles" } ?? false }.map(\.id))
        }

        @Test(arguments: ConformanceDriver.all)
        func keysetPagingByARelatedColumnTakesItsValues(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await MusicSeed.plant(in: test.db)
            let typed = test.db.find(Album.self).sorted(by: Artist.name)
            let first = try await typed.limit(1).one()
            let error = #expect(throws: OmmiError.self) { try typed.after(first) }
            #expect(error?.kind == .invalidQuery)
            // Given the related column's value, as the browser has it from the row it shows, the
            // pages cover every row exactly once.
            let albums = DynamicModel(schema: Album.schema, database: test.db, catalog: musicModels.catalog)
            let order = [SortKey(ColumnRef(table: Artist.schema.tableName, column: Artist.name.column))]
            let expected = byArtistName(seed)
            var seen: [Int] = []
            var after: [DatabaseValue]?
            // Bounded, so that paging that never ends fails instead of hanging.
            for _ in 0...expected.count {
                let page = try await albums.rows(order: order, limit: 4, after: after)
                guard !page.isEmpty else { break }
                let ids = page.compactMap { $0.value(ofColumn: "id", in: Album.schema).flatMap(Int.fromDatabaseValue) }
                #expect(ids.count == page.count)
                seen += ids
                let last = try #require(expected.first { $0.id == ids.last })
                after = [seed.artistName(of: last).map(DatabaseValue.text) ?? .null, .integer(Int64(last.id))]
            }
            #expect(seen == expected.map(\.id))
        }

        @Test(arguments: ConformanceDriver.all)
        func sortingByAColumnOfAModelNotReferencedIsAClearError(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            _ = try await MusicSeed.plant(in: test.db)
            let error = await #expect(throws: OmmiError.self) {
                try await test.db.find(Album.self).sorted(by: Style.name).all()
            }
            #expect(error?.kind == .invalidQuery)
            #expect(error?.message.contains("no reference to styles") == true)
        }
    }
}
