/// The version `ommi-browse --version` reports.
public enum BrowserVersion {
    public static let current = "0.1.0"
}
