// Included as it is by `build.rs` and by xtask's `build.rs` (`include!`), so only outer comments.

/// The `key = text` lines of a locale table as translators write them (`en.txt`, and
/// `modules.txt`, which has the same form): blank lines and `#` comments skipped, each key and
/// text trimmed. The crate, its build script and `cargo xtask dist` all read the tables with it.
pub fn table_lines(source: &str) -> impl Iterator<Item = (&str, &str)> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once(" = "))
        .map(|(key, text)| (key.trim(), text.trim()))
}
