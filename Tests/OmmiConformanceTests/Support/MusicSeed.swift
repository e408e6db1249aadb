import Ommi

/// Artists, albums and their styles, with every expected answer computed in Swift from the same
/// values. Prices are multiples of 1/4, so sums of them are exact in floating point.
struct MusicSeed {
    struct Link {
        let album: Int
        let style: String
        let primary: Bool
    }

    static let artistNames = ["Miles", "Arvo", "Nina", "Björk", "Arvo"]
    static let styleCodes = ["jazz", "rock", "folk", "ambient"]

    let artists: [Artist]
    let albums: [Album]
    let links: [Link]

    /// Sets up the music tables of `db` and adds 30 albums: some without an artist, some without
    /// a rating, linked to styles so that an album may have one style link that is primary and
    /// another that is not.
    static func plant(in db: Ommi) async throws -> MusicSeed {
        try await musicModels.setup(on: db)
        let artists = try await db.add(contentsOf: artistNames.map { Artist(name: $0) })
        _ = try await db.add(contentsOf: styleCodes.map { Style(code: $0, name: $0.capitalized) })
        let albums = try await db.add(
            contentsOf: (0..<30).map { index in
                Album(
                    title: "Album \(index)", price: Double((index * 37) % 53) + Double(index % 4) / 4,
                    tracks: (index * 7) % 13 + 1, rating: index % 4 == 0 ? nil : (index * 5) % 9,
                    artistID: index % 6 == 5 ? nil : artists[(index * 3) % artists.count].id)
            })
        var links: [Link] = []
        for (index, album) in albums.enumerated() {
            for (position, code) in styleCodes.enumerated() where (index + position * 2) % 3 != 1 {
                links.append(Link(album: album.id, style: code, primary: (index * 3 + position) % 4 == 0))
            }
        }
        try await db.add(
            contentsOf: links.map { AlbumStyle(albumID: $0.album, styleCode: $0.style, primary: $0.primary) })
        return MusicSeed(artists: artists, albums: albums, links: links)
    }

    /// The artist's name of an album, nil for an album without an artist.
    func artistName(of album: Album) -> String? {
        artists.first { $0.id == album.artistID }?.name
    }

    /// The links of an album.
    func links(of album: Album) -> [Link] {
        links.filter { $0.album == album.id }
    }
}
