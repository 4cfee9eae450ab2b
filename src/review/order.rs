//! The orders the review list can show sessions in. Newest first only (the twelfth walk's row 10)
//! left a PSW with thirty sessions no way to gather one topic's practice together or to find the
//! answers most in need of work without filtering band by band.

use crate::bank::topic_title;

use super::history::{Filter, History, PastSession};

/// How the review list is ordered, stepped through with one key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// Where a PSW picks up: the last session at the top.
    #[default]
    Newest,
    /// Each topic's sessions together, topics in title order, newest first within each; sessions
    /// over several topics (a mock interview) after them.
    Topic,
    /// The lowest rated at the top, as the list's Rating column shows them (a pair session by the
    /// lower of the two ratings: a colleague's doubt counts); unrated sessions last.
    Weakest,
}

impl Order {
    /// The next order, and after the last the first again.
    pub fn next(self) -> Order {
        match self {
            Order::Newest => Order::Topic,
            Order::Topic => Order::Weakest,
            Order::Weakest => Order::Newest,
        }
    }

    /// "newest first", for the screen.
    pub fn label(self) -> &'static str {
        match self {
            Order::Newest => "newest first",
            Order::Topic => "by topic",
            Order::Weakest => "weakest first",
        }
    }
}

impl History {
    /// `rows` (indexes into `sessions`, newest first, as [`History::matching`] gives them) put in
    /// `order`. Sessions alike in the order keep newest first. `filter` is the one the rows were
    /// found with: under a topic filter a mock interview's topic is the one filtered for.
    pub fn order(&self, rows: &mut [usize], order: Order, filter: &Filter) {
        // Keys computed once a session (a cached-key sort is stable, so alike stays newest first).
        match order {
            Order::Newest => {}
            // Several topics (`None`) after every one topic.
            Order::Topic => rows.sort_by_cached_key(|&i| {
                let topic = self.topic_of(&self.sessions[i], filter);
                (topic.is_none(), topic)
            }),
            // In hundredths, as no rating is finer; unrated after every rating.
            Order::Weakest => rows.sort_by_cached_key(|&i| {
                self.weakest_rating(&self.sessions[i])
                    .map_or(u32::MAX, |r| (r * 100.0).round() as u32)
            }),
        }
    }

    /// The title of the one topic a session's answers are about (those matching `filter`, where it
    /// says anything about answers), or `None` when they are about several.
    pub fn topic_of(&self, session: &PastSession, filter: &Filter) -> Option<String> {
        let mut topics = self
            .attempts_in(session)
            .iter()
            .filter(|a| self.answer_matches(a, filter))
            .map(|a| &self.question(a.question).topic);
        let first = topics.next()?;
        topics.all(|t| t == first).then(|| topic_title(first))
    }

    /// A session's rating as the list shows it: the average of the PSW's own ratings, and in pair
    /// practice the lower of that and the colleague's average.
    pub fn weakest_rating(&self, session: &PastSession) -> Option<f32> {
        match (session.average_rating(), self.colleague_rating(session)) {
            (Some(own), Some(colleague)) => Some(own.min(colleague)),
            (own, colleague) => own.or(colleague),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::fixtures::{history_of, note_at};

    fn plans(h: &History, rows: &[usize]) -> Vec<String> {
        rows.iter().map(|&i| h.sessions[i].plan.clone()).collect()
    }

    fn history() -> History {
        history_of(&[
            note_at(
                "2026-11-02T18:00:00+00:00",
                "question ca-01",
                &[("ca-01", 4)],
            ),
            note_at(
                "2026-11-03T18:00:00+00:00",
                "question wt-01",
                &[("wt-01", 2)],
            ),
            note_at(
                "2026-11-04T18:00:00+00:00",
                "mock",
                &[("qa-01", 3), ("sg-01", 4)],
            ),
            note_at(
                "2026-11-05T18:00:00+00:00",
                "question ca-01 again",
                &[("ca-01", 0)],
            ),
            note_at(
                "2026-11-06T18:00:00+00:00",
                "question wt-02",
                &[("wt-02", 1)],
            ),
        ])
    }

    #[test]
    fn by_topic_gathers_each_topic_newest_first_with_mixed_sessions_last() {
        let h = history();
        let filter = Filter::default();
        let mut rows = h.matching(&filter, None);
        h.order(&mut rows, Order::Topic, &filter);
        assert_eq!(
            plans(&h, &rows),
            [
                "question ca-01 again",
                "question ca-01",
                "question wt-02",
                "question wt-01",
                "mock"
            ]
        );
        assert_eq!(
            h.topic_of(&h.sessions[rows[2]], &filter).as_deref(),
            Some("Waiting times")
        );
    }

    #[test]
    fn weakest_first_puts_the_lowest_rated_on_top_and_the_unrated_last() {
        let h = history();
        let filter = Filter::default();
        let mut rows = h.matching(&filter, None);
        h.order(&mut rows, Order::Weakest, &filter);
        assert_eq!(
            plans(&h, &rows),
            [
                "question wt-02",
                "question wt-01",
                "mock",
                "question ca-01",
                "question ca-01 again"
            ]
        );
    }

    #[test]
    fn the_orders_step_round_and_back_to_newest_first() {
        let mut order = Order::default();
        let mut seen = Vec::new();
        for _ in 0..3 {
            seen.push(order.label());
            order = order.next();
        }
        assert_eq!(seen, ["newest first", "by topic", "weakest first"]);
        assert_eq!(order, Order::Newest);
    }
}
