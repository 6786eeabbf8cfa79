//! Which counts of one question may be shown: the tables behind a report,
//! and the suppression applied to each (see [`crate::suppression`]).
//!
//! Rows are the groups of a breakdown (or the whole survey); group sizes
//! and the grand total are decided once, in [`group_size_mask`], and then
//! locked in every question's tables so no question can reopen them.

use super::Group;
use crate::suppression::{Mask, Table};
use crate::survey::{Question, QuestionKind};

/// What may be shown of one question in one row (group, or the whole).
#[derive(Clone, Debug, Default)]
pub(super) struct Shown {
    /// Per published value (option, Likert point, scale step).
    pub options: Vec<bool>,
    pub answered: bool,
    /// Nothing in the row is hidden, so a mean and median are safe.
    pub complete: bool,
}

pub(super) struct QuestionMasks {
    pub rows: Vec<Shown>,
    pub overall: Shown,
}

/// Protect one question across all rows.
///
/// Every row of the base table adds up to its group's size: the value
/// columns (or, for multi-choice and text, an "answered" column) plus a
/// "no answer" column. Group sizes and the grand total are locked: they
/// were decided once, for all questions. Multi-choice then gets one more
/// table per option, {picked, not picked} adding up to "answered", since
/// "all but two people picked this" is as telling as "two people did".
pub(super) fn protect_question(
    question: &Question,
    qi: usize,
    rows: &[&Group],
    row_hidden: &[bool],
    overall: &Group,
    k: u64,
) -> QuestionMasks {
    let per_value = matches!(
        question.kind,
        QuestionKind::Single { .. } | QuestionKind::Likert | QuestionKind::Scale { .. }
    );
    let columns = |g: &Group| -> Vec<u64> {
        let counts = &g.questions[qi];
        let mut cells = if per_value {
            counts.values.clone()
        } else {
            vec![counts.answered]
        };
        cells.push(g.responses - counts.answered);
        cells
    };
    let base = cross_table(
        rows.iter().map(|g| columns(g)).collect(),
        columns(overall),
        overall.responses,
    );
    let mask = base.protect(
        k,
        &start_mask(&base, row_hidden, row_hidden, false),
        &locked_totals(&base),
    );
    let cols = base.cols;
    let no_answer_col = cols - 1;
    // Per value: answered = size - no answer. Otherwise column 0 is "answered".
    let answered_col = if per_value { no_answer_col } else { 0 };
    let row_shown = |r: usize| -> Shown {
        let cells = &mask.cells[r * cols..(r + 1) * cols];
        let answered = !cells[answered_col];
        Shown {
            options: if per_value {
                cells[..cols - 1].iter().map(|h| !h).collect()
            } else {
                Vec::new()
            },
            answered,
            complete: cells.iter().all(|h| !h) && !mask.row_totals[r],
        }
    };
    let mut rows_shown: Vec<Shown> = (0..rows.len()).map(row_shown).collect();
    let mut overall_shown = Shown {
        options: if per_value {
            mask.col_totals[..cols - 1].iter().map(|h| !h).collect()
        } else {
            Vec::new()
        },
        answered: !mask.col_totals[answered_col],
        complete: mask.col_totals.iter().all(|h| !h),
    };
    if let QuestionKind::Multi { options } = &question.kind {
        // "answered" is column 0 of the base table: its state is locked here.
        let answered_hidden: Vec<bool> = (0..rows.len()).map(|r| mask.cells[r * cols]).collect();
        let overall_answered_hidden = if rows.len() == 1 {
            answered_hidden[0]
        } else {
            mask.col_totals[0]
        };
        for o in 0..options.len() {
            let split = |g: &Group| {
                let picked = g.questions[qi].values[o];
                vec![picked, g.questions[qi].answered - picked]
            };
            let table = cross_table(
                rows.iter().map(|g| split(g)).collect(),
                split(overall),
                overall.questions[qi].answered,
            );
            let start = start_mask(
                &table,
                row_hidden,
                &answered_hidden,
                overall_answered_hidden,
            );
            let option_mask = table.protect(k, &start, &locked_totals(&table));
            for (r, shown) in rows_shown.iter_mut().enumerate() {
                shown.options.push(!option_mask.cells[r * 2]);
            }
            let overall_hidden = if rows.len() == 1 {
                option_mask.cells[0]
            } else {
                option_mask.col_totals[0]
            };
            overall_shown.options.push(!overall_hidden);
        }
    }
    QuestionMasks {
        rows: rows_shown,
        overall: overall_shown,
    }
}

/// A table from per-row cells, with the overall row as column totals.
/// A table whose rows add up, with the overall row as column totals. With
/// one row the column totals repeat the cells and are not a separate line.
fn cross_table(rows: Vec<Vec<u64>>, overall: Vec<u64>, grand: u64) -> Table {
    let row_totals = rows.iter().map(|r| r.iter().sum()).collect();
    Table {
        rows: rows.len(),
        cols: overall.len(),
        cols_additive: rows.len() > 1,
        cells: rows.into_iter().flatten().collect(),
        row_totals,
        col_totals: overall,
        grand,
        rows_additive: true,
    }
}

/// Row totals and the grand total were decided by another table.
fn locked_totals(table: &Table) -> Mask {
    let mut locked = table.clear_mask();
    locked.row_totals.iter_mut().for_each(|l| *l = true);
    locked.grand = true;
    locked
}

/// The starting point: every cell of a hidden group hidden, and the locked
/// totals in the state their own table gave them.
fn start_mask(
    table: &Table,
    group_hidden: &[bool],
    totals_hidden: &[bool],
    grand_hidden: bool,
) -> Mask {
    let mut extra = table.clear_mask();
    for (r, &hidden) in group_hidden.iter().enumerate() {
        if hidden {
            for c in 0..table.cols {
                extra.cells[r * table.cols + c] = true;
            }
        }
    }
    extra.row_totals.copy_from_slice(totals_hidden);
    extra.grand = grand_hidden;
    extra
}

/// Which group sizes, and which totals of each breakdown question, may be
/// shown.
pub(super) struct SizeMask {
    /// Per group index (every combination, listed or not).
    pub groups: Vec<bool>,
    /// Per breakdown, per answer (options, then "no answer"): the size of
    /// everyone who gave it, which that question's overall counts publish.
    pub margins: Vec<Vec<bool>>,
}

/// Protect the group sizes once, for every table that uses them.
///
/// With one breakdown the sizes are one line adding up to all responses.
/// With two they are a two-way table whose margins are the overall counts
/// of the two breakdown questions, which the report shows too, so the
/// margins are protected with it. A group left out of the report because
/// it is empty (someone skipped a breakdown question, and nobody did) says
/// "0" as clearly as a printed zero, so it is locked as shown.
pub(super) fn group_size_mask(
    sizes: &[u64],
    radices: &[usize],
    listed: &[bool],
    total: u64,
    k: u64,
) -> SizeMask {
    let (rows, cols) = match radices {
        [a, b] => (*a, *b),
        _ => (1, sizes.len()),
    };
    let two_way = radices.len() == 2;
    let table = Table {
        rows,
        cols,
        cells: sizes.to_vec(),
        row_totals: (0..rows)
            .map(|r| sizes[r * cols..(r + 1) * cols].iter().sum())
            .collect(),
        col_totals: (0..cols)
            .map(|c| (0..rows).map(|r| sizes[r * cols + c]).sum())
            .collect(),
        grand: total,
        rows_additive: true,
        cols_additive: two_way,
    };
    let mut locked = table.clear_mask();
    locked.grand = true;
    if !two_way {
        locked.row_totals[0] = true;
    }
    for (cell, shown_as_absent) in locked.cells.iter_mut().zip(listed.iter().map(|l| !l)) {
        *cell = shown_as_absent;
    }
    let mask = table.protect(k, &table.clear_mask(), &locked);
    let margins = if two_way {
        vec![mask.row_totals.clone(), mask.col_totals.clone()]
    } else {
        vec![mask.cells.clone()]
    };
    SizeMask {
        groups: mask.cells,
        margins,
    }
}
