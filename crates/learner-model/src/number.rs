//! Numbers as a person writes them.

/// Rounds to two decimals and drops trailing zeros: `86`, `2.5`, `0.33`, never `14.000000001`.
pub fn format_number(value: f64) -> String {
    // Very large numbers would overflow the rounding.
    if !value.is_finite() || value.abs() >= 1e15 {
        return large(value);
    }
    let rounded = (value * 100.0).round() / 100.0;
    // -0 reads oddly in a sentence.
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    format!("{rounded}")
}

/// Like [`format_number`] with four decimals: for the steps of a calculation a student can redo.
pub fn format_precise(value: f64) -> String {
    if !value.is_finite() || value.abs() >= 1e15 {
        return large(value);
    }
    let rounded = (value * 10_000.0).round() / 10_000.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    format!("{rounded}")
}

/// `1.5e300`, `-1e15`, `infinity`: by counting powers of ten, which costs less wasm than an
/// exponent formatter.
fn large(value: f64) -> String {
    if value.is_nan() {
        return String::from("NaN");
    }
    let sign = if value < 0.0 { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}infinity");
    }
    let (mut mantissa, mut exponent) = (value.abs(), 0);
    while mantissa >= 10.0 {
        mantissa /= 10.0;
        exponent += 1;
    }
    format!("{sign}{}e{exponent}", format_number(mantissa))
}

#[cfg(test)]
mod tests {
    use super::{format_number, format_precise};

    #[test]
    fn numbers_read_cleanly() {
        assert_eq!(format_number(86.0), "86");
        assert_eq!(format_number(52.0 - 38.0), "14");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(2.0 / 3.0), "0.67");
        assert_eq!(format_number(-0.001), "0");
        assert_eq!(format_number(1e308), "1e308");
        assert_eq!(format_number(1.5e20), "1.5e20");
        assert_eq!(format_precise(-1e300), "-1e300");
        assert_eq!(format_number(f64::INFINITY), "infinity");
    }
}
