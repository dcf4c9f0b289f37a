//! Where things go on the radar: pure arithmetic, tested natively.

use std::f64::consts::PI;

use learner_model::Scale;

/// The radar's coordinate system, in SVG user units.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarGeometry {
    pub width: f64,
    pub height: f64,
    pub cx: f64,
    pub cy: f64,
    pub radius: f64,
    axes: usize,
}

/// Which side of its point a label's text runs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

impl RadarGeometry {
    pub fn new(axes: usize) -> Self {
        Self {
            width: 560.0,
            height: 430.0,
            cx: 280.0,
            cy: 215.0,
            radius: 150.0,
            axes,
        }
    }

    /// A radar of `radius` around a centre at (0, 0): for laying out before the size is known.
    pub fn centred(axes: usize, radius: f64) -> Self {
        Self::sized(0.0, 0.0, (0.0, 0.0), radius, axes)
    }

    pub fn sized(width: f64, height: f64, centre: (f64, f64), radius: f64, axes: usize) -> Self {
        Self {
            width,
            height,
            cx: centre.0,
            cy: centre.1,
            radius,
            axes,
        }
    }

    /// Which way an axis points from the centre: (cos, sin) of its angle.
    pub fn direction(&self, axis: usize) -> (f64, f64) {
        cos_sin(self.angle(axis))
    }

    /// The angle of an axis: the first points straight up, the rest follow clockwise.
    fn angle(&self, axis: usize) -> f64 {
        let axes = self.axes.max(1) as f64;
        -PI / 2.0 + 2.0 * PI * axis as f64 / axes
    }

    /// The point at `fraction` (0 = centre, 1 = rim) along an axis.
    pub fn point(&self, axis: usize, fraction: f64) -> (f64, f64) {
        let (cos, sin) = cos_sin(self.angle(axis));
        let r = self.radius * fraction.clamp(0.0, 1.0);
        (round(self.cx + r * cos), round(self.cy + r * sin))
    }

    /// The point of a value on an axis, for a given scale.
    pub fn value_point(&self, axis: usize, value: f64, scale: &Scale) -> (f64, f64) {
        self.point(axis, scale.fraction(value))
    }

    /// A short line across an axis at `fraction`, `half` units to each side: a goal's mark.
    pub fn cross_tick(&self, axis: usize, fraction: f64, half: f64) -> (f64, f64, f64, f64) {
        let (x, y) = self.point(axis, fraction);
        let (cos, sin) = cos_sin(self.angle(axis));
        let (dx, dy) = (-sin * half, cos * half);
        (round(x - dx), round(y - dy), round(x + dx), round(y + dy))
    }

    /// An SVG `points` list through one value per axis.
    pub fn polygon(&self, fractions: impl IntoIterator<Item = f64>) -> String {
        fractions
            .into_iter()
            .enumerate()
            .map(|(axis, fraction)| {
                let (x, y) = self.point(axis, fraction);
                format!("{x},{y}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// An SVG path for a band between a low and a high outline (the ring between two polygons).
    pub fn band_path(&self, lows: &[f64], highs: &[f64]) -> String {
        let ring = |fractions: &[f64]| {
            let mut d = String::new();
            for (axis, fraction) in fractions.iter().enumerate() {
                let (x, y) = self.point(axis, *fraction);
                d.push_str(&format!("{}{x},{y} ", if axis == 0 { 'M' } else { 'L' }));
            }
            d.push('Z');
            d
        };
        // Even-odd filling leaves the inner polygon empty.
        format!("{} {}", ring(highs), ring(lows))
    }

    /// Grid rings as fractions of the radius: one per step when that gives 2 to 10 rings, else 4.
    pub fn ring_fractions(scale: &Scale) -> Vec<f64> {
        let span = scale.max - scale.min;
        let count = match scale.step {
            Some(step) if step > 0.0 && span / step <= 10.0 && span / step >= 2.0 => {
                (span / step).round() as usize
            }
            _ => 4,
        };
        (1..=count).map(|ring| ring as f64 / count as f64).collect()
    }
}

/// `(cos, sin)` of an angle. In the browser, its own `Math.cos` and `Math.sin`: Rust's (libm,
/// with its reduction of huge angles) are about 7.5 KB of wasm in the profile's module; natively,
/// for the tests, the standard library's.
fn cos_sin(angle: f64) -> (f64, f64) {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys::Math::cos(angle), js_sys::Math::sin(angle))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        (angle.cos(), angle.sin())
    }
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// Breaks a label into at most `max_lines` lines of about `width` characters, at spaces; what
/// does not fit goes on the last line.
pub fn wrap_label(label: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        let full = lines.len() >= max_lines;
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            Some(line) if full => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(step: Option<f64>) -> Scale {
        Scale {
            min: 0.0,
            max: 100.0,
            step,
            levels: vec![],
        }
    }

    #[test]
    fn first_axis_points_up_and_values_scale_along_it() {
        let g = RadarGeometry::new(4);
        assert_eq!(g.value_point(0, 100.0, &scale(None)), (280.0, 65.0));
        assert_eq!(g.value_point(0, 50.0, &scale(None)), (280.0, 140.0));
        assert_eq!(g.value_point(1, 100.0, &scale(None)), (430.0, 215.0));
        assert_eq!(g.value_point(2, 0.0, &scale(None)), (280.0, 215.0));
    }

    #[test]
    fn a_goal_tick_crosses_its_axis_at_right_angles() {
        let g = RadarGeometry::new(4);
        // The first axis points up, so its tick is horizontal.
        assert_eq!(g.cross_tick(0, 1.0, 7.0), (273.0, 65.0, 287.0, 65.0));
    }

    #[test]
    fn rings_follow_the_step_when_sensible() {
        assert_eq!(
            RadarGeometry::ring_fractions(&scale(Some(25.0))),
            vec![0.25, 0.5, 0.75, 1.0]
        );
        assert_eq!(RadarGeometry::ring_fractions(&scale(Some(10.0))).len(), 10);
        assert_eq!(RadarGeometry::ring_fractions(&scale(Some(1.0))).len(), 4);
        assert_eq!(RadarGeometry::ring_fractions(&scale(None)).len(), 4);
    }

    #[test]
    fn labels_wrap_into_at_most_the_lines_asked_for() {
        assert_eq!(
            wrap_label("Reading comprehension", 14, 2),
            vec!["Reading", "comprehension"]
        );
        assert_eq!(wrap_label("Art", 14, 2), vec!["Art"]);
        assert_eq!(
            wrap_label("One two three four five six", 8, 2),
            vec!["One two", "three four five six"]
        );
        assert_eq!(
            wrap_label("One two three four five six", 8, 3),
            vec!["One two", "three", "four five six"]
        );
    }

    #[test]
    fn band_path_draws_two_closed_rings() {
        let g = RadarGeometry::new(3);
        let d = g.band_path(&[0.2, 0.2, 0.2], &[0.8, 0.8, 0.8]);
        assert_eq!(d.matches('M').count(), 2);
        assert_eq!(d.matches('Z').count(), 2);
    }
}
