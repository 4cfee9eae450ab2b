//! A share that says who some of a group are ("48 of the 520 people we visited are women living
//! alone over 90") is not a result that fell short, so its "other 472" are nobody in particular;
//! an "only 11 of them" after it counts the few of that group, and the rest are taken from it.
//! Every sentence here is written for the test.

use super::tests::first;

#[test]
fn the_few_of_a_described_group_leave_the_rest_of_that_group_not_of_the_whole() {
    let a = first(
        "Every hospital discharge gets a home visit within 72 hours from our reablement team. \
         Last year we visited 520 people and 470 needed no more help after six weeks. What \
         worries me is that 48 of the 520 people we visited are women living alone over 90, and \
         only 11 of them have had a falls check since.",
    );
    assert_eq!(
        a.ask,
        "You said 48 of the 520 people you visited are women living alone over 90, and only 11 \
         of them have had a falls check since: who is reaching the other 37, and what would a \
         falls check look like for them?"
    );
}

#[test]
fn the_few_of_a_described_group_are_said_back_with_the_group_not_as_them_alone() {
    let a = first(
        "We run a floating support service for tenants across the borough, with a named worker \
         for each household. This year we supported 200 tenants and 176 kept their tenancy. The \
         part I am not pleased with is that 30 of the 200 tenants we support are parents of \
         children under five, and only 4 of them use the free crèche.",
    );
    assert_eq!(
        a.ask,
        "You said 30 of the 200 tenants you support are parents of children under five, and only \
         4 of them use the free crèche: who is reaching the other 26, and what is standing in \
         their way?"
    );
}
