//! The rule engine's guidance worded in the learner's language: the model says what is needed as
//! data (`Guidance`), the locale tables give the words, and `Intl` the numbers and lists.

use learner_model::choice::{Crowded, Direction, Guidance, LineRef, Named};

use crate::Texts;

/// What a rule needs next, or how it stands, in one sentence.
pub fn guidance(texts: &Texts, guidance: &Guidance) -> String {
    let count = |n: u32| f64::from(n);
    let number = |n: f64| texts.number(n);
    let titles =
        |named: &[Named]| texts.list(&named.iter().map(|a| a.title.clone()).collect::<Vec<_>>());
    match guidance {
        Guidance::LineComplete { line } => texts.f(
            "choice.guide.line-complete",
            &[("line", &line_name(texts, line))],
        ),
        Guidance::CompleteLine { missing, lines } => {
            let mut names: Vec<String> = Vec::new();
            for line in lines {
                let name = line_name(texts, line);
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            texts.plural(
                "choice.guide.complete-line",
                count(*missing),
                &[("lines", &texts.list_or(&names))],
            )
        }
        Guidance::NoLine => texts.t("choice.guide.no-line").to_string(),
        Guidance::FreeCentre { activity } => {
            texts.f("choice.guide.free-centre", &[("activity", &activity.title)])
        }
        Guidance::Picks { picked, min, max } => match (min, max) {
            (Some(lo), _) if picked < lo => {
                texts.plural("choice.guide.pick-more", count(lo - picked), &[])
            }
            (_, Some(hi)) if picked > hi => texts.plural(
                "choice.guide.remove",
                count(picked - hi),
                &[("max", &number(count(*hi)))],
            ),
            _ => texts.f(
                "choice.guide.picked",
                &[("picked", &number(count(*picked)))],
            ),
        },
        Guidance::Points {
            points,
            min,
            max,
            exact,
        } => points_guidance(texts, *points, *min, *max, *exact),
        Guidance::Section {
            section,
            picked,
            min,
            max,
        } => match (min, max) {
            (Some(lo), _) if picked < lo => texts.plural(
                "choice.guide.section-more",
                count(lo - picked),
                &[("section", &section.title)],
            ),
            (_, Some(hi)) if picked > hi => texts.plural(
                "choice.guide.section-remove",
                count(picked - hi),
                &[("section", &section.title), ("max", &number(count(*hi)))],
            ),
            _ => texts.f(
                "choice.guide.section-picked",
                &[
                    ("section", &section.title),
                    ("picked", &number(count(*picked))),
                ],
            ),
        },
        Guidance::OnePerRow { crowded } => one_per(texts, crowded, true),
        Guidance::OnePerColumn { crowded } => one_per(texts, crowded, false),
        Guidance::Approval {
            waiting,
            unproposed,
        } => {
            let mut parts = Vec::new();
            if !unproposed.is_empty() {
                parts.push(texts.f(
                    "choice.guide.propose",
                    &[("activities", &titles(unproposed))],
                ));
            }
            if !waiting.is_empty() {
                parts.push(texts.f("choice.guide.waiting", &[("activities", &titles(waiting))]));
            }
            if parts.is_empty() {
                texts.t("choice.guide.approved").to_string()
            } else {
                texts.list(&parts)
            }
        }
        Guidance::Required { missing } if missing.is_empty() => {
            texts.t("choice.guide.required-done").to_string()
        }
        Guidance::Required { missing } => texts.plural(
            "choice.guide.required",
            missing.len() as f64,
            &[("activities", &titles(missing))],
        ),
        Guidance::NotApplicable => texts.t("choice.guide.not-applicable").to_string(),
    }
}

/// "row 2", "the diagonal", ...
fn line_name(texts: &Texts, line: &LineRef) -> String {
    let n = texts.number(f64::from(line.index + 1));
    match (line.direction, line.whole) {
        (Direction::Row, _) => texts.f("choice.line.row", &[("n", &n)]),
        (Direction::Column, _) => texts.f("choice.line.column", &[("n", &n)]),
        (Direction::Diagonal, true) => texts.t("choice.line.diagonal").to_string(),
        (Direction::AntiDiagonal, true) => texts.t("choice.line.anti-diagonal").to_string(),
        _ => texts.t("choice.line.a-diagonal").to_string(),
    }
}

/// "Remove one pick from row 2: one per row", or "One per row: kept".
fn one_per(texts: &Texts, crowded: &[Crowded], rows: bool) -> String {
    if crowded.is_empty() {
        let kept = if rows {
            texts.t("choice.guide.row-kept")
        } else {
            texts.t("choice.guide.column-kept")
        };
        return kept.to_string();
    }
    let parts: Vec<String> = crowded
        .iter()
        .map(|c| {
            let extra = c.picks.len().saturating_sub(1) as f64;
            let n = texts.number(f64::from(c.index + 1));
            if rows {
                texts.plural("choice.guide.row-remove", extra, &[("n", &n)])
            } else {
                texts.plural("choice.guide.column-remove", extra, &[("n", &n)])
            }
        })
        .collect();
    let parts = texts.list(&parts);
    if rows {
        texts.f("choice.guide.one-per-row", &[("parts", &parts)])
    } else {
        texts.f("choice.guide.one-per-column", &[("parts", &parts)])
    }
}

fn points_guidance(
    texts: &Texts,
    points: f64,
    min: Option<f64>,
    max: Option<f64>,
    exact: Option<f64>,
) -> String {
    let n = |value: f64| texts.number(value);
    let have = texts.plural("choice.points", points, &[]);
    if let Some(e) = exact {
        if points < e - 0.005 {
            return texts.plural(
                "choice.guide.points-of-exactly",
                e,
                &[("points", &n(points))],
            );
        }
        if points > e + 0.005 {
            return texts.f(
                "choice.guide.points-over-exactly",
                &[("have", &have), ("over", &n(points - e)), ("exact", &n(e))],
            );
        }
    }
    match (min, max) {
        (Some(lo), _) if points < lo - 0.005 => {
            texts.plural("choice.guide.points-of", lo, &[("points", &n(points))])
        }
        (_, Some(hi)) if points > hi + 0.005 => texts.f(
            "choice.guide.points-over",
            &[("have", &have), ("over", &n(points - hi)), ("max", &n(hi))],
        ),
        _ => texts.f("choice.guide.points", &[("have", &have)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use learner_model::choice::{ChoiceBoardDocument, Rule, evaluate, evaluate_selections};

    fn template(name: &str) -> ChoiceBoardDocument {
        let text = match name {
            "tic-tac-toe" => include_str!("../../../../www/samples/choice-tic-tac-toe.json"),
            "bingo" => include_str!("../../../../www/samples/choice-bingo.json"),
            "dinner-menu" => include_str!("../../../../www/samples/choice-dinner-menu.json"),
            "20-50-80" => include_str!("../../../../www/samples/choice-20-50-80.json"),
            "raft" => include_str!("../../../../www/samples/choice-raft.json"),
            other => panic!("no template {other}"),
        };
        ChoiceBoardDocument::from_json(text).unwrap()
    }

    /// Each check's guidance in English, as the rules panel says it.
    fn english(board: &ChoiceBoardDocument, picks: &[&str]) -> Vec<String> {
        let texts = Texts::default();
        evaluate(board, picks)
            .checks
            .iter()
            .map(|c| guidance(&texts, &c.guidance))
            .collect()
    }

    #[test]
    fn lines_are_named_and_the_fewest_picks_to_one_are_said() {
        let board = template("tic-tac-toe");
        assert_eq!(
            english(&board, &["invasive-news", "your-idea"])[0],
            "Pick one more in row 2 to complete a line"
        );
        let picks = [
            "food-web",
            "field-journal",
            "ask-a-ranger",
            "decomposer-lab",
        ];
        assert_eq!(
            english(&board, &picks)[0],
            "Pick one more in row 1, column 3 or the diagonal to complete a line"
        );
        assert_eq!(
            english(&board, &["food-web", "field-journal", "energy-pyramid"])[0],
            "Line complete: row 1"
        );
        let texts = Texts::default();
        let own = evaluate_selections(&board);
        assert_eq!(
            guidance(&texts, &own.checks[1].guidance),
            "Waiting for your teacher to approve your idea for Your own idea"
        );
        let bingo = template("bingo");
        let now = english(&bingo, &["b11", "b12", "b14"]);
        assert!(now[0].starts_with("The centre, "), "{}", now[0]);
        assert!(now[0].ends_with(", is free: it counts towards every line"));
        assert_eq!(now[1], "Pick one more in row 3 to complete a line");
    }

    #[test]
    fn sections_and_required_activities_say_what_to_pick_or_remove() {
        let board = template("dinner-menu");
        assert_eq!(
            english(&board, &["vocab", "main-essay", "side-map"])[..3],
            [
                "Every required activity is picked",
                "Main course: 1 picked",
                "Pick 1 more from Sides"
            ]
        );
        let now = english(&board, &["main-essay", "dessert-game", "dessert-poem"]);
        assert_eq!(now[0], "Everyone does Ecosystem vocabulary check: pick it");
        assert_eq!(now[3], "Remove one pick from Dessert: at most 1");
        assert_eq!(
            english(&template("raft"), &["r-owl", "a-mice", "f-letter"])[3],
            "Pick 1 more from Topic"
        );
    }

    #[test]
    fn points_are_said_against_their_bound() {
        let mut board = template("20-50-80");
        assert_eq!(
            english(&board, &["p20-practice", "p50-game"])[0],
            "You have 70 of exactly 100 points"
        );
        assert_eq!(
            english(&board, &["p80-project", "p50-game"])[0],
            "You have 130 points: 30 more than exactly 100"
        );
        board.rules = vec![Rule::Points {
            min: Some(100.0),
            max: None,
            exact: None,
        }];
        assert_eq!(
            english(&board, &["p20-practice", "p50-game"])[0],
            "You have 70 of 100 points"
        );
        board.rules = vec![Rule::Points {
            min: None,
            max: Some(80.0),
            exact: None,
        }];
        assert_eq!(
            english(&board, &["p20-practice", "p80-teach"])[0],
            "You have 100 points: remove 20 to stay at or under 80"
        );
    }

    #[test]
    fn a_crowded_row_and_approved_ideas_are_said() {
        let mut board = template("tic-tac-toe");
        board.rules = vec![Rule::OnePerRow];
        assert_eq!(
            english(&board, &["food-web", "field-journal"])[0],
            "Remove one pick from row 1: one per row"
        );
        assert_eq!(english(&board, &["food-web"])[0], "One per row: kept");
        let approved = Guidance::Approval {
            waiting: Vec::new(),
            unproposed: Vec::new(),
        };
        assert_eq!(
            guidance(&Texts::default(), &approved),
            "Your own ideas are approved"
        );
    }
}
