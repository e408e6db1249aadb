import Ommi

/// An artist; albums reference the artist.
@Model(name: "artists") struct Artist {
    @Key @Auto var id: Int
    var name: String
    var albums: LazyLoadEveryRelated<Album>
}

/// An album, optionally by a known artist, in any number of styles.
@Model(name: "albums") struct Album {
    @Key @Auto var id: Int
    var title: String
    var price: Double
    var tracks: Int
    var rating: Int?
    @ReferenceTo(Artist.id) var artistID: Int?
    var artist: LazyLoadTheRelated<Artist>
    @AssociateUsing(AlbumStyle.self) var styles: LazyLoadEveryRelated<Style>
}

/// A musical style, keyed by a code.
@Model(name: "styles") struct Style {
    @Key var code: String
    var name: String
    @AssociateUsing(AlbumStyle.self) var albums: LazyLoadEveryRelated<Album>
}

/// The association of albums and styles, with a payload: whether the style is the album's primary one.
@Model(name: "album_styles") struct AlbumStyle {
    @Key @ReferenceTo(Album.id) var albumID: Int
    @Key @ReferenceTo(Style.code) var styleCode: String
    var primary: Bool
}

let musicModels = ModelCollection(Artist.self, Album.self, Style.self, AlbumStyle.self)
