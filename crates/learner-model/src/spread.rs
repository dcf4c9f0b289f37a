//! How a class's values spread over the scale: never who is where, only the shape of the whole.

/// The spread of a set of values: quartiles and a histogram.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    pub count: usize,
    pub lowest: f64,
    pub lower_quartile: f64,
    pub median: f64,
    pub upper_quartile: f64,
    pub highest: f64,
    /// How many values fall in each of equal-width bins from `min` to `max` of the scale.
    pub bins: Vec<usize>,
}

impl Spread {
    /// The spread of the finite values, on a scale from `min` to `max` cut into `bins` bins.
    /// `None` when there is no finite value or the scale is empty.
    pub fn of(values: &[f64], min: f64, max: f64, bins: usize) -> Option<Spread> {
        let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
        let usable_scale = max.is_finite() && min.is_finite() && max > min;
        if sorted.is_empty() || !usable_scale || bins == 0 {
            return None;
        }
        sorted.sort_by(f64::total_cmp);
        let mut counts = vec![0; bins];
        for value in &sorted {
            let fraction = ((value - min) / (max - min)).clamp(0.0, 1.0);
            let bin = ((fraction * bins as f64) as usize).min(bins - 1);
            if let Some(count) = counts.get_mut(bin) {
                *count += 1;
            }
        }
        Some(Spread {
            count: sorted.len(),
            lowest: *sorted.first()?,
            lower_quartile: quantile(&sorted, 0.25)?,
            median: quantile(&sorted, 0.5)?,
            upper_quartile: quantile(&sorted, 0.75)?,
            highest: *sorted.last()?,
            bins: counts,
        })
    }
}

/// The `q` quantile of sorted values, interpolating between neighbours (the method spreadsheets
/// call QUARTILE.INC).
fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    let position = q * (sorted.len().saturating_sub(1)) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let (low, high) = (*sorted.get(below)?, *sorted.get(above)?);
    Some(low + (high - low) * (position - below as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quartiles_match_the_spreadsheet_method() {
        let spread = Spread::of(&[1.0, 2.0, 3.0, 4.0], 0.0, 4.0, 4).unwrap();
        assert_eq!(spread.lower_quartile, 1.75);
        assert_eq!(spread.median, 2.5);
        assert_eq!(spread.upper_quartile, 3.25);
        assert_eq!((spread.lowest, spread.highest, spread.count), (1.0, 4.0, 4));
    }

    #[test]
    fn values_fall_into_bins_with_the_maximum_in_the_last() {
        let spread = Spread::of(&[0.0, 9.9, 10.0, 55.0, 100.0], 0.0, 100.0, 10).unwrap();
        assert_eq!(spread.bins, vec![2, 1, 0, 0, 0, 1, 0, 0, 0, 1]);
    }

    #[test]
    fn nothing_to_spread_is_none() {
        assert_eq!(Spread::of(&[], 0.0, 1.0, 4), None);
        assert_eq!(Spread::of(&[f64::NAN], 0.0, 1.0, 4), None);
        assert_eq!(Spread::of(&[1.0], 1.0, 1.0, 4), None);
        assert!(Spread::of(&[7.0], 0.0, 10.0, 5).is_some());
    }
}
