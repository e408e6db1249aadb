/// The sizes of every scenario's inputs and how many rounds are timed: the sizes for a
/// real run, small ones for `--quick`.
struct Scale {
    var items: Int
    var lookups: Int
    var posts: Int
    var commentsPerPost: Int
    var tags: Int
    var tagsPerPost: Int
    var filteredQueries: Int
    var filterWidth: Int
    var browsePosts: Int
    var browseTags: Int
    var browseTagsPerPost: Int
    /// The rows of the table `browse_jump_end_cold` opens.
    var jumpRows: Int
    var rounds: Int

    static let full = Scale(
        items: 100_000, lookups: 10_000, posts: 1_000, commentsPerPost: 10, tags: 100, tagsPerPost: 5,
        filteredQueries: 1_000, filterWidth: 400, browsePosts: 1_000_000, browseTags: 1_000, browseTagsPerPost: 3,
        jumpRows: 10_000_000, rounds: 7)

    static let quick = Scale(
        items: 2_000, lookups: 200, posts: 50, commentsPerPost: 10, tags: 20, tagsPerPost: 5, filteredQueries: 20,
        filterWidth: 400, browsePosts: 20_000, browseTags: 100, browseTagsPerPost: 3, jumpRows: 100_000,
        rounds: 1)
}
