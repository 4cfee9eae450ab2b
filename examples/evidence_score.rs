//! Scores the evidence matcher on a measurement set (eval/evidence/set-N): the flags it finds on
//! each answer against the flags expected, as precision and recall, overall and by kind.
//!
//! `cargo run --release --example evidence_score -- eval/evidence/set-1 [--verbose]`

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use psw_coach::evidence::{self, Flag, Matcher};
use serde::Deserialize;

#[derive(Deserialize)]
struct Answer {
    id: String,
    group: String,
    text: String,
}

#[derive(Deserialize)]
struct Expected {
    today: chrono::NaiveDate,
    stale_months: u32,
    answers: BTreeMap<String, Vec<ExpectedFlag>>,
}

#[derive(Deserialize, Clone)]
struct ExpectedFlag {
    kind: String,
    measure: Option<String>,
    value: Option<f64>,
}

fn matches(found: &Flag, want: &ExpectedFlag) -> bool {
    found.kind.slug() == want.kind
        && want
            .measure
            .as_ref()
            .is_none_or(|m| m.eq_ignore_ascii_case(&found.measure))
        && want
            .value
            .is_none_or(|v| (v - found.value_said).abs() <= 0.01 * v.abs().max(1.0))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("a set folder"));
    let verbose = args.any(|a| a == "--verbose");
    let register = evidence::file::load_file(&dir.join("register.yaml")).expect("register");
    let answers: Vec<Answer> =
        psw_coach::yaml::from_str(&std::fs::read_to_string(dir.join("answers.yaml")).unwrap())
            .expect("answers");
    let expected: Expected =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
            .expect("expected");
    let matcher = Matcher::new(&register);
    let mut flags: HashMap<String, Vec<Flag>> = HashMap::new();
    let mut groups: BTreeMap<&str, Vec<&Answer>> = BTreeMap::new();
    for a in &answers {
        groups.entry(&a.group).or_default().push(a);
    }
    for members in groups.values() {
        let read: Vec<(String, Vec<evidence::Found>)> = members
            .iter()
            .map(|a| (a.id.clone(), matcher.read(&a.text)))
            .collect();
        for (a, found) in members.iter().zip(&read) {
            flags.insert(
                a.id.clone(),
                matcher.flags(&found.1, expected.today, expected.stale_months),
            );
        }
        for (i, flag) in evidence::inconsistencies(&matcher, &read) {
            flags.get_mut(&members[i].id).unwrap().push(flag);
        }
    }
    let mut tp: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new(); // kind -> (matched, found, expected)
    for a in &answers {
        let found = &flags[&a.id];
        let want = expected.answers.get(&a.id).cloned().unwrap_or_default();
        let mut used = vec![false; want.len()];
        for f in found {
            let e = tp.entry(f.kind.slug().to_string()).or_default();
            e.1 += 1;
            match (0..want.len()).find(|&k| !used[k] && matches(f, &want[k])) {
                Some(k) => {
                    used[k] = true;
                    e.0 += 1;
                }
                None if verbose => println!(
                    "{}: extra {} {:?} ({})",
                    a.id,
                    f.kind.slug(),
                    f.measure,
                    f.said
                ),
                None => {}
            }
        }
        for (k, w) in want.iter().enumerate() {
            tp.entry(w.kind.clone()).or_default().2 += 1;
            if !used[k] && verbose {
                println!("{}: missed {} {:?} {:?}", a.id, w.kind, w.measure, w.value);
            }
        }
    }
    let (mut m, mut f, mut e) = (0, 0, 0);
    println!("kind           matched  found  expected  precision  recall");
    for (kind, (km, kf, ke)) in &tp {
        m += km;
        f += kf;
        e += ke;
        println!(
            "{kind:<14} {km:>7} {kf:>6} {ke:>9}  {:>9}  {:>6}",
            ratio(*km, *kf),
            ratio(*km, *ke)
        );
    }
    println!(
        "{:<14} {m:>7} {f:>6} {e:>9}  {:>9}  {:>6}",
        "all",
        ratio(m, f),
        ratio(m, e)
    );
}

fn ratio(a: usize, b: usize) -> String {
    if b == 0 {
        "-".to_string()
    } else {
        format!("{:.2}", a as f64 / b as f64)
    }
}
