//! What the register covers, for progress: which quality statements have a strong story (all three
//! parts told), and which figures are out of date.

use chrono::NaiveDate;

use super::model::{Figure, Register};
use crate::bank::QualityStatement;

/// One quality statement's stories.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementStories {
    pub statement: QualityStatement,
    /// Titles of the stories told in all three parts.
    pub strong: Vec<String>,
    /// Stories with a part still thin.
    pub thin: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceCoverage<'r> {
    /// The nine statements, in the framework's order.
    pub statements: Vec<StatementStories>,
    pub figures: usize,
    /// Figures older than the PSW's limit, oldest first.
    pub stale: Vec<&'r Figure>,
}

pub fn coverage(register: &Register, today: NaiveDate, stale_months: u32) -> EvidenceCoverage<'_> {
    let statements = QualityStatement::ALL
        .iter()
        .map(|&statement| {
            let stories = register
                .stories
                .iter()
                .filter(|s| s.statements.contains(&statement));
            let (strong, thin): (Vec<_>, Vec<_>) = stories.partition(|s| s.is_strong());
            StatementStories {
                statement,
                strong: strong.into_iter().map(|s| s.title.clone()).collect(),
                thin: thin.len(),
            }
        })
        .collect();
    let mut stale: Vec<&Figure> = register
        .figures
        .iter()
        .filter(|f| f.is_stale(today, stale_months))
        .collect();
    stale.sort_by_key(|f| f.as_at);
    EvidenceCoverage {
        statements,
        figures: register.figures.len(),
        stale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::file::parse;

    #[test]
    fn strong_stories_by_statement_and_stale_figures_oldest_first() {
        let register = parse("figures:\n  - measure: a\n    value: 1\n    as_at: 2026-10-31\n    source: s\n  - measure: b\n    value: 2\n    as_at: 2026-03-31\n    source: s\n  - measure: c\n    value: 3\n    as_at: 2026-06-30\n    source: s\nstories:\n  - title: Waiting well\n    done: We set up a team to contact everyone waiting\n    difference: Nobody waits without a named contact now\n    how_we_know: The monthly audit of contact records\n    statements: [assessing-needs]\n  - title: Thin one\n    done: We did a thing\n    statements: [assessing-needs, safeguarding]\n").unwrap();
        let c = coverage(&register, "2026-12-05".parse().unwrap(), 3);
        assert_eq!(c.statements[0].strong, ["Waiting well"]);
        assert_eq!(c.statements[0].thin, 1);
        let safeguarding = &c.statements[QualityStatement::Safeguarding as usize];
        assert!(safeguarding.strong.is_empty());
        assert_eq!(safeguarding.thin, 1);
        let stale: Vec<&str> = c.stale.iter().map(|f| f.measure.as_str()).collect();
        assert_eq!(stale, ["b", "c"]);
        assert_eq!(c.figures, 3);
    }
}
