/// A database shaped like Chinook, small enough to build in a test: artists, albums, tracks,
/// genres, playlists through an association, and customers in countries of uneven sizes. Written
/// so that SQLite and PostgreSQL read it alike (quoted identifiers, standard types), with the
/// original's keys for Nirvana (110) and Nevermind (164).
enum ChinookData {
    static let nevermindTracks = [
        "Smells Like Teen Spirit", "In Bloom", "Come As You Are", "Breed", "Lithium", "Polly", "Territorial Pissings",
        "Drain You", "Lounge Act", "Stay Away", "On A Plain", "Something In The Way",
    ]

    /// Customers per country, largest first as Chinook has them.
    static let countries: [(String, Int)] = [
        ("USA", 13), ("Canada", 8), ("Brazil", 5), ("France", 5), ("Germany", 4), ("United Kingdom", 3),
        ("Czech Republic", 2), ("India", 2), ("Portugal", 2), ("Argentina", 1), ("Australia", 1), ("Austria", 1),
        ("Belgium", 1), ("Chile", 1), ("Denmark", 1), ("Finland", 1), ("Hungary", 1), ("Ireland", 1), ("Italy", 1),
        ("Netherlands", 1), ("Norway", 1), ("Poland", 1), ("Spain", 1), ("Sweden", 1),
    ]

    static let statements: [String] = {
        var statements = [
            #"CREATE TABLE "Artist" ("ArtistId" INTEGER PRIMARY KEY, "Name" VARCHAR(120))"#,
            #"CREATE TABLE "Album" ("AlbumId" INTEGER PRIMARY KEY, "Title" VARCHAR(160) NOT NULL, "ArtistId" INTEGER NOT NULL REFERENCES "Artist" ("ArtistId"))"#,
            #"CREATE TABLE "Genre" ("GenreId" INTEGER PRIMARY KEY, "Name" VARCHAR(120))"#,
            #"CREATE TABLE "Track" ("TrackId" INTEGER PRIMARY KEY, "Name" VARCHAR(200) NOT NULL, "AlbumId" INTEGER REFERENCES "Album" ("AlbumId"), "GenreId" INTEGER REFERENCES "Genre" ("GenreId"), "Milliseconds" INTEGER NOT NULL)"#,
            #"CREATE TABLE "Playlist" ("PlaylistId" INTEGER PRIMARY KEY, "Name" VARCHAR(120))"#,
            #"CREATE TABLE "PlaylistTrack" ("PlaylistId" INTEGER NOT NULL REFERENCES "Playlist" ("PlaylistId"), "TrackId" INTEGER NOT NULL REFERENCES "Track" ("TrackId"), PRIMARY KEY ("PlaylistId", "TrackId"))"#,
            #"CREATE TABLE "Customer" ("CustomerId" INTEGER PRIMARY KEY, "FirstName" VARCHAR(40) NOT NULL, "Country" VARCHAR(40), "Email" VARCHAR(60) NOT NULL)"#,
            #"INSERT INTO "Artist" VALUES (1, 'AC/DC'), (50, 'Metallica'), (110, 'Nirvana'), (111, 'O Rappa'), (150, 'U2')"#,
            #"INSERT INTO "Album" VALUES (1, 'For Those About To Rock', 1), (35, 'Garage Inc.', 50), (163, 'From The Muddy Banks Of The Wishkah', 110), (164, 'Nevermind', 110), (165, 'O Silencio Q Precede O Esporro', 111), (232, 'Achtung Baby', 150)"#,
            #"INSERT INTO "Genre" VALUES (1, 'Rock'), (4, 'Alternative & Punk'), (7, 'Latin'), (9, 'Pop')"#,
            #"INSERT INTO "Playlist" VALUES (1, 'Music'), (5, '90''s Music'), (18, 'On-The-Go')"#,
        ]
        var tracks: [String] = []
        var links: [String] = []
        var id = 0
        func add(_ name: String, album: Int, genre: Int) {
            id += 1
            tracks.append(
                "(\(id), '\(name.replacingOccurrences(of: "'", with: "''"))', \(album), \(genre), \(180_000 + id * 997 % 120_000))"
            )
            links.append("(1, \(id))")
            if id % 3 == 0 { links.append("(5, \(id))") }
        }
        for number in 1...10 { add("Rock Track \(number)", album: 1, genre: 1) }
        for number in 1...8 { add("Garage Track \(number)", album: 35, genre: 1) }
        for number in 1...9 { add("Wishkah Track \(number)", album: 163, genre: 4) }
        for name in nevermindTracks { add(name, album: 164, genre: 4) }
        for number in 1...7 { add("Esporro Track \(number)", album: 165, genre: 7) }
        for number in 1...11 { add("Achtung Track \(number)", album: 232, genre: 1) }
        statements.append(#"INSERT INTO "Track" VALUES "# + tracks.joined(separator: ", "))
        statements.append(#"INSERT INTO "PlaylistTrack" VALUES "# + links.joined(separator: ", "))
        var customers: [String] = []
        var customer = 0
        // Countries interleaved, so that the rows are not already grouped by country.
        let slots = countries.flatMap { country, count in (0..<count).map { (country, $0) } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        for (country, _) in slots {
            customer += 1
            customers.append("(\(customer), 'Customer \(customer)', '\(country)', 'customer\(customer)@example.com')")
        }
        statements.append(#"INSERT INTO "Customer" VALUES "# + customers.joined(separator: ", "))
        return statements
    }()
}
