//! Where the radar and its axis labels go at the width the chart is shown, so that labels keep
//! their size (13 CSS px) on a phone instead of shrinking with the drawing: the chart is laid out
//! in CSS pixels, the radius shrinks to leave the labels room, and long names wrap. When names do
//! not fit around a chart big enough to read, the axes are numbered and the names listed in a
//! key below. Pure arithmetic on estimated text widths, tested natively; the browser test
//! (`tests/e2e/legibility.spec.js`) checks the real boxes.

use super::geometry::{Anchor, RadarGeometry, wrap_label};

/// The label font size and line height, in CSS px (`.radar-label` in profile.css).
pub const LABEL_FONT: f64 = 13.0;
pub const LABEL_LINE: f64 = 16.0;
/// An estimate of one character's advance: generous for Latin and Arabic sans-serif faces.
const CHAR_WIDTH: f64 = 0.62 * LABEL_FONT;
/// From the rim to the nearest edge of a label.
const GAP: f64 = 8.0;
/// Kept clear at the chart's edges and between two labels.
const MARGIN: f64 = 4.0;
/// The radar is not drawn wider than this, nor its radius longer than `MAX_RADIUS`.
pub const MAX_WIDTH: f64 = 560.0;
const MIN_WIDTH: f64 = 200.0;
const MAX_RADIUS: f64 = 150.0;
/// Characters per line tried for names, widest first.
const LINE_LENGTHS: [usize; 5] = [16, 14, 12, 10, 8];
const MAX_LINES: usize = 3;
/// From the top of a line to its baseline: about four fifths of the font down, centred in the line.
const BASELINE: f64 = (LABEL_LINE + LABEL_FONT * 0.7) / 2.0;

/// One axis label: its lines, where its text is anchored and the baseline of its first line.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLabel {
    pub lines: Vec<String>,
    pub x: f64,
    pub first_baseline: f64,
    pub anchor: Anchor,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RadarLayout {
    pub geometry: RadarGeometry,
    pub labels: Vec<PlacedLabel>,
    /// The axes carry numbers and the names are listed in a key below the chart.
    pub numbered: bool,
}

/// A label's box, in coordinates relative to the chart's centre.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Box {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Box {
    fn overlaps(&self, other: &Box) -> bool {
        self.left < other.right + MARGIN
            && other.left < self.right + MARGIN
            && self.top < other.bottom + MARGIN
            && other.top < self.bottom + MARGIN
    }
}

impl RadarLayout {
    /// Lays out a radar with one axis per name for a chart `width` CSS px wide. `numbers` are the
    /// axes' numbers as the reader writes them, used when the names do not fit.
    pub fn fit(width: f64, names: &[&str], numbers: &[String]) -> RadarLayout {
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
        // Names only around a chart at least a quarter of the width across.
        let smallest = (width * 0.25).max(50.0);
        let named = LINE_LENGTHS
            .iter()
            .filter_map(|&length| {
                let lines: Vec<Vec<String>> = names
                    .iter()
                    .map(|name| wrap_label(name, length, MAX_LINES))
                    .collect();
                Candidate::place(width, lines)
            })
            .filter(|candidate| candidate.radius >= smallest)
            // The biggest chart; among equals, the first (the fewest lines).
            .fold(None::<Candidate>, |best, next| match best {
                Some(best) if best.radius >= next.radius => Some(best),
                _ => Some(next),
            });
        if let Some(candidate) = named {
            return candidate.into_layout(width, false);
        }
        let lines = numbers.iter().map(|number| vec![number.clone()]).collect();
        match Candidate::place(width, lines) {
            Some(candidate) => candidate.into_layout(width, true),
            // Only a chart too narrow for one digit per axis gets here: draw it without labels.
            None => Candidate::unlabelled(width, names.len()).into_layout(width, true),
        }
    }
}

/// One way to place the labels: their lines, boxes around a centre at (0, 0), and the radius.
struct Candidate {
    lines: Vec<Vec<String>>,
    boxes: Vec<Box>,
    anchors: Vec<Anchor>,
    radius: f64,
}

impl Candidate {
    /// The largest radius at which every label fits the width, if none then overlaps another.
    fn place(width: f64, lines: Vec<Vec<String>>) -> Option<Candidate> {
        let axes = lines.len();
        let shape = RadarGeometry::centred(axes, 1.0);
        let sizes: Vec<(f64, f64)> = lines
            .iter()
            .map(|lines| {
                let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
                (longest as f64 * CHAR_WIDTH, lines.len() as f64 * LABEL_LINE)
            })
            .collect();
        let half = width / 2.0 - MARGIN;
        let mut label_distance = MAX_RADIUS + GAP;
        for (axis, &(w, _)) in sizes.iter().enumerate() {
            let (cos, _) = shape.direction(axis);
            let anchor = anchor_for(cos);
            // How far from the centre the label's outer edge is, per unit of distance along the axis.
            let reach = match anchor {
                Anchor::Middle => half - w / 2.0,
                Anchor::Start | Anchor::End => half - w,
            };
            if reach < 0.0 {
                return None;
            }
            if cos.abs() > 1e-6 {
                label_distance = label_distance.min(reach / cos.abs());
            }
        }
        let radius = label_distance - GAP;
        if radius <= 0.0 {
            return None;
        }
        let mut boxes = Vec::with_capacity(axes);
        let mut anchors = Vec::with_capacity(axes);
        for (axis, &(w, h)) in sizes.iter().enumerate() {
            let (cos, sin) = shape.direction(axis);
            let anchor = anchor_for(cos);
            let (x, y) = (label_distance * cos, label_distance * sin);
            let left = match anchor {
                Anchor::Start => x,
                Anchor::Middle => x - w / 2.0,
                Anchor::End => x - w,
            };
            // Above the centre a label rests on its point, below it hangs from it, beside it it
            // is centred on it, and in between it slides smoothly: it never crosses the chart.
            let top = y - h * (1.0 - sin) / 2.0;
            boxes.push(Box {
                left,
                top,
                right: left + w,
                bottom: top + h,
            });
            anchors.push(anchor);
        }
        let overlapping = boxes.iter().enumerate().any(|(a, first)| {
            boxes
                .iter()
                .skip(a + 1)
                .any(|second| first.overlaps(second))
        });
        (!overlapping).then_some(Candidate {
            lines,
            boxes,
            anchors,
            radius,
        })
    }

    fn unlabelled(width: f64, axes: usize) -> Candidate {
        Candidate {
            lines: vec![Vec::new(); axes],
            boxes: Vec::new(),
            anchors: vec![Anchor::Middle; axes],
            radius: (width / 2.0 - MARGIN).max(1.0),
        }
    }

    fn into_layout(self, width: f64, numbered: bool) -> RadarLayout {
        let r = self.radius;
        let top = self.boxes.iter().map(|b| b.top).fold(-r, f64::min);
        let bottom = self.boxes.iter().map(|b| b.bottom).fold(r, f64::max);
        let (cx, cy) = (width / 2.0, MARGIN - top);
        let height = (bottom - top + 2.0 * MARGIN).ceil();
        let geometry = RadarGeometry::sized(width, height, (cx, cy), r, self.lines.len());
        let labels = self
            .lines
            .into_iter()
            .zip(self.anchors)
            .zip(self.boxes.iter().map(Some).chain(std::iter::repeat(None)))
            .map(|((lines, anchor), placed)| {
                let b = placed.copied().unwrap_or(Box {
                    left: 0.0,
                    top: 0.0,
                    right: 0.0,
                    bottom: 0.0,
                });
                let x = match anchor {
                    Anchor::Start => b.left,
                    Anchor::Middle => (b.left + b.right) / 2.0,
                    Anchor::End => b.right,
                };
                PlacedLabel {
                    lines,
                    x: round(cx + x),
                    first_baseline: round(cy + b.top + BASELINE),
                    anchor,
                }
            })
            .collect();
        RadarLayout {
            geometry,
            labels,
            numbered,
        }
    }
}

/// Which way a label's text runs from its axis's end, by the axis's horizontal direction.
pub fn anchor_for(cos: f64) -> Anchor {
    match cos {
        c if c > 0.2 => Anchor::Start,
        c if c < -0.2 => Anchor::End,
        _ => Anchor::Middle,
    }
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWELVE: [&str; 12] = [
        "Reading comprehension",
        "Fractions",
        "Written expression",
        "Working memory",
        "Visual reasoning",
        "Persistence",
        "Collaboration",
        "English language",
        "Oral language",
        "Number sense",
        "Self-regulation",
        "Curiosity",
    ];

    fn numbers(count: usize) -> Vec<String> {
        (1..=count).map(|n| n.to_string()).collect()
    }

    /// Every label's estimated box, in chart coordinates.
    fn boxes(layout: &RadarLayout) -> Vec<(f64, f64, f64, f64)> {
        layout
            .labels
            .iter()
            .map(|label| {
                let w = label
                    .lines
                    .iter()
                    .map(|l| l.chars().count())
                    .max()
                    .unwrap_or(0) as f64
                    * CHAR_WIDTH;
                let left = match label.anchor {
                    Anchor::Start => label.x,
                    Anchor::Middle => label.x - w / 2.0,
                    Anchor::End => label.x - w,
                };
                let top = label.first_baseline - BASELINE;
                (
                    left,
                    top,
                    left + w,
                    top + label.lines.len() as f64 * LABEL_LINE,
                )
            })
            .collect()
    }

    fn assert_inside_and_apart(layout: &RadarLayout) {
        let g = &layout.geometry;
        let all = boxes(layout);
        for (i, &(left, top, right, bottom)) in all.iter().enumerate() {
            assert!(
                left >= 0.0 && right <= g.width,
                "label {i} leaves the width: {left}..{right}"
            );
            assert!(
                top >= -1.0 && bottom <= g.height + 1.0,
                "label {i} leaves the height"
            );
            for (j, other) in all.iter().enumerate().skip(i + 1) {
                let apart =
                    right <= other.0 || other.2 <= left || bottom <= other.1 || other.3 <= top;
                assert!(apart, "labels {i} and {j} overlap");
            }
        }
        assert!(g.cy - g.radius >= 0.0 && g.cy + g.radius <= g.height);
    }

    #[test]
    fn a_wide_chart_keeps_its_full_size_with_names_around() {
        let layout = RadarLayout::fit(560.0, &TWELVE[..8], &numbers(8));
        assert!(!layout.numbered);
        assert_eq!(layout.geometry.width, 560.0);
        assert!(
            layout.geometry.radius >= 120.0,
            "{}",
            layout.geometry.radius
        );
        assert_inside_and_apart(&layout);
    }

    #[test]
    fn a_phone_wide_chart_numbers_twelve_long_names() {
        let layout = RadarLayout::fit(296.0, &TWELVE, &numbers(12));
        assert!(layout.numbered);
        assert_eq!(layout.labels[0].lines, vec!["1"]);
        // Numbers leave most of the width to the chart.
        assert!(
            layout.geometry.radius >= 100.0,
            "{}",
            layout.geometry.radius
        );
        assert_inside_and_apart(&layout);
    }

    #[test]
    fn a_few_short_names_stay_around_a_narrow_chart() {
        let names = ["Math", "Art", "Music", "Science", "Writing"];
        let layout = RadarLayout::fit(296.0, &names, &numbers(5));
        assert!(!layout.numbered);
        assert_inside_and_apart(&layout);
    }

    #[test]
    fn every_width_from_a_small_phone_up_gives_labels_inside_and_apart() {
        for axes in [3, 5, 8, 12, 20] {
            for width in (200..=700).step_by(15) {
                let layout =
                    RadarLayout::fit(width as f64, &TWELVE.repeat(2)[..axes], &numbers(axes));
                assert_inside_and_apart(&layout);
                assert_eq!(layout.labels.len(), axes);
            }
        }
    }

    #[test]
    fn labels_run_away_from_the_centre() {
        let g = RadarGeometry::centred(4, 1.0);
        let anchor = |axis| anchor_for(g.direction(axis).0);
        assert_eq!(anchor(0), Anchor::Middle);
        assert_eq!(anchor(1), Anchor::Start);
        assert_eq!(anchor(3), Anchor::End);
    }

    #[test]
    fn long_names_wrap_into_three_lines_at_most() {
        let layout = RadarLayout::fit(
            560.0,
            &["Reading comprehension and fluency", "A", "B"],
            &numbers(3),
        );
        assert!(
            layout
                .labels
                .iter()
                .all(|label| label.lines.len() <= MAX_LINES)
        );
    }
}
