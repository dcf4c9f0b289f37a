//! Numbers as a person writes them.

/// Rounds to two decimals and drops trailing zeros: `86`, `2.5`, `0.33`, never `14.000000001`.
pub fn format_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    // -0 reads oddly in a sentence.
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    format!("{rounded}")
}

/// Like [`format_number`] with four decimals: for the steps of a calculation a student can redo.
pub fn format_precise(value: f64) -> String {
    let rounded = (value * 10_000.0).round() / 10_000.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    format!("{rounded}")
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn numbers_read_cleanly() {
        assert_eq!(format_number(86.0), "86");
        assert_eq!(format_number(52.0 - 38.0), "14");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(2.0 / 3.0), "0.67");
        assert_eq!(format_number(-0.001), "0");
    }
}
