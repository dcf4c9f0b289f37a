//! Calendar dates written `YYYY-MM-DD`, and the days between them. Enough for pacing; no time zones.

use std::fmt;

/// A day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i64,
}

impl Date {
    /// Reads `YYYY-MM-DD` with a real month and a day that month has; `None` otherwise.
    pub fn parse(text: &str) -> Option<Date> {
        // Read as bytes: a class heatmap reads 180,000 of these.
        let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *text.as_bytes() else {
            return None;
        };
        let value = |digits: &[u8]| {
            digits.iter().try_fold(0u32, |sum, b| {
                b.is_ascii_digit().then(|| sum * 10 + u32::from(b - b'0'))
            })
        };
        let year = i64::from(value(&[y1, y2, y3, y4])?);
        let (month, day) = (value(&[m1, m2])?, value(&[d1, d2])?);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// The number of days from `earlier` to `self` (negative when `self` is earlier).
    pub fn days_since(self, earlier: Date) -> i64 {
        self.days - earlier.days
    }

    pub fn plus_days(self, days: i64) -> Date {
        Date {
            days: self.days + days,
        }
    }

    /// Year, month and day.
    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.days)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn days_in_month(year: i64, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    }
}

// Howard Hinnant's algorithms (public domain), as in his "chrono-Compatible Low-Level Date
// Algorithms".
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly_and_count_days() {
        let a = Date::parse("2026-01-01").unwrap();
        let b = Date::parse("2026-03-01").unwrap();
        assert_eq!(b.days_since(a), 59);
        assert_eq!(
            Date::parse("2024-03-01")
                .unwrap()
                .days_since(Date::parse("2024-02-01").unwrap()),
            29
        );
        assert_eq!(
            Date::parse("1970-01-01")
                .unwrap()
                .days_since(Date::parse("1969-12-31").unwrap()),
            1
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-1",
            "26-01-01",
            "2026-01-01T00:00",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_round_trip_through_text() {
        for text in ["2000-02-29", "1999-12-31", "2026-11-23", "2100-03-01"] {
            assert_eq!(Date::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(
            Date::parse("2026-12-30").unwrap().plus_days(3).to_string(),
            "2027-01-02"
        );
    }
}
