//! The linear system behind [`super::check`] for one question (or one
//! option of a multi-choice question): atoms, published equations, and
//! the search for a determined small group.

use crate::report::{GroupReport, QuestionReport, Report};
use crate::survey::{Question, QuestionKind, Survey};
use crate::tally::value_names;

/// Coefficients are small integers and their ratios; anything this close
/// to zero is zero.
const EPS: f64 = 1e-7;

/// The answer columns of one system; the last is always "no answer".
#[derive(Clone, Copy, Debug)]
pub(super) enum Columns {
    /// Single, Likert or scale with this many values.
    Values(usize),
    /// Multi-choice option `o`: picked, answered but not picked, no answer.
    MultiOption(usize),
    /// Free text: answered, no answer.
    Text,
}

impl Columns {
    fn count(self) -> usize {
        match self {
            Self::Values(m) => m + 1,
            Self::MultiOption(_) => 3,
            Self::Text => 2,
        }
    }
    fn no_answer(self) -> usize {
        self.count() - 1
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ColumnSet {
    One(usize),
    Answered,
    All,
}

/// A count: the people with these breakdown answers (question index,
/// option digit; "no answer" is the last digit) in these columns.
#[derive(Clone, Debug)]
pub(super) struct Cell {
    pub constraint: Vec<(usize, usize)>,
    columns: ColumnSet,
    kind: Columns,
}

impl Cell {
    /// What the people counted did, in words.
    pub fn column_words(&self, question: &Question) -> String {
        let id = &question.id;
        let names = value_names(question);
        let label = |c: usize| -> String {
            names
                .get(c)
                .map(|(value, label)| label.clone().unwrap_or_else(|| value.clone()))
                .unwrap_or_default()
        };
        match (self.kind, self.columns) {
            (_, ColumnSet::All) => "took part".to_string(),
            (kind, ColumnSet::One(c)) if c == kind.no_answer() => format!("skipped `{id}`"),
            (_, ColumnSet::Answered) | (Columns::Text, _) => format!("answered `{id}`"),
            (Columns::Values(_), ColumnSet::One(c)) => {
                format!("answered `{id}` with \"{}\"", label(c))
            }
            (Columns::MultiOption(o), ColumnSet::One(0)) => {
                format!("picked \"{}\" in `{id}`", label(o))
            }
            (Columns::MultiOption(o), ColumnSet::One(_)) => {
                format!("answered `{id}` without picking \"{}\"", label(o))
            }
        }
    }
}

/// A published equation as it was stated, before elimination: the counts
/// it adds up (coefficient per variable) and their total.
struct Stated {
    terms: Vec<(usize, f64)>,
    value: f64,
    sources: u128,
}

/// Rounds of bound tightening before giving up on a fixed point; each
/// round that fixes nothing new ends the search anyway.
const MAX_ROUNDS: usize = 64;
/// Passes of bound tightening within one round.
const MAX_PASSES: usize = 200;

struct Pivot {
    /// Coefficients, then the value, normalised so `row[col] == 1`.
    row: Vec<f64>,
    col: usize,
    /// Which releases (bit per index) this equation was built from.
    sources: u128,
}

/// A determined count of 1 to k-1 people.
pub(super) struct Found {
    pub cell: Cell,
    /// First and last cohort, inclusive.
    pub range: (usize, usize),
    pub sources: Vec<usize>,
}

pub(super) struct QuestionSystem<'a> {
    survey: &'a Survey,
    question: usize,
    columns: Columns,
    breakdowns: Vec<usize>,
    radices: Vec<usize>,
    cohorts: Vec<u64>,
    atoms: Vec<(Vec<usize>, usize)>,
    pivots: Vec<Pivot>,
    stated: Vec<Stated>,
}

impl<'a> QuestionSystem<'a> {
    pub fn new(
        survey: &'a Survey,
        question: usize,
        columns: Columns,
        breakdowns: &[usize],
        cohorts: &[u64],
    ) -> Self {
        let radices: Vec<usize> = breakdowns
            .iter()
            .map(|&b| match &survey.questions[b].kind {
                QuestionKind::Single { options, .. } => options.len() + 1,
                _ => 1,
            })
            .collect();
        // A breakdown question's own answer is fixed by its group: those
        // atoms are known zeros, not unknowns.
        // So are "no answer" cells of required questions: validation on
        // arrival makes everyone answer them.
        let own = breakdowns.iter().position(|&b| b == question);
        let required = |q: usize| survey.questions[q].required;
        let mut atoms = Vec::new();
        let combos: usize = radices.iter().product();
        for combo in 0..combos {
            let digits = digits_of(combo, &radices);
            let skipped_required = digits
                .iter()
                .zip(breakdowns.iter().zip(&radices))
                .any(|(&d, (&b, &r))| d == r - 1 && required(b));
            if skipped_required {
                continue;
            }
            for column in 0..columns.count() {
                if column == columns.no_answer() && required(question) {
                    continue;
                }
                if own.is_none_or(|u| digits[u] == column) {
                    atoms.push((digits.clone(), column));
                }
            }
        }
        Self {
            survey,
            question,
            columns,
            breakdowns: breakdowns.to_vec(),
            radices,
            cohorts: cohorts.to_vec(),
            atoms,
            pivots: Vec::new(),
            stated: Vec::new(),
        }
    }

    pub fn atom_count(&self) -> usize {
        self.atoms.len() * self.cohorts.len()
    }

    fn variables(&self) -> usize {
        self.atom_count()
    }

    /// The cell's count over cohorts `range`, as coefficients (value 0).
    fn functional(&self, cell: &Cell, range: (usize, usize)) -> Option<Vec<f64>> {
        let mut row = vec![0.0; self.variables() + 1];
        let mut any = false;
        for (a, (digits, column)) in self.atoms.iter().enumerate() {
            let in_group = cell.constraint.iter().all(|&(b, d)| {
                self.breakdowns
                    .iter()
                    .position(|&x| x == b)
                    .is_some_and(|u| digits[u] == d)
            });
            let in_columns = match cell.columns {
                ColumnSet::One(c) => *column == c,
                ColumnSet::Answered => *column != self.columns.no_answer(),
                ColumnSet::All => true,
            };
            if in_group && in_columns {
                for cohort in range.0..=range.1 {
                    row[cohort * self.atoms.len() + a] = 1.0;
                    any = true;
                }
            }
        }
        any.then_some(row)
    }

    fn reduce(&self, mut row: Vec<f64>) -> (Vec<f64>, u128) {
        let mut sources = 0u128;
        for pivot in &self.pivots {
            let factor = row[pivot.col];
            if factor.abs() > EPS {
                for (x, p) in row.iter_mut().zip(&pivot.row) {
                    *x -= factor * p;
                }
                sources |= pivot.sources;
            }
        }
        (row, sources)
    }

    fn add_equation(&mut self, mut row: Vec<f64>, value: u64, source: usize) {
        let last = row.len() - 1;
        row[last] = value as f64;
        let sources = 1u128 << source.min(127);
        self.stated.push(Stated {
            terms: sparse(&row[..last]),
            value: value as f64,
            sources,
        });
        self.add_row(row, sources);
    }

    /// Eliminate `row` (coefficients, then the value) against the pivots
    /// and keep what is new.
    fn add_row(&mut self, row: Vec<f64>, from: u128) {
        let last = row.len() - 1;
        let (row, sources) = self.reduce(row);
        let best = (0..last).max_by(|&a, &b| row[a].abs().total_cmp(&row[b].abs()));
        if let Some(col) = best.filter(|&c| row[c].abs() > EPS) {
            let lead = row[col];
            self.pivots.push(Pivot {
                row: row.into_iter().map(|x| x / lead).collect(),
                col,
                sources: sources | from,
            });
        }
    }

    /// Counts are never negative, and elimination alone never uses that: a
    /// shown 0 over several unknowns says each of them is 0, and a total
    /// equal to the sum of its parts' upper bounds says each part is at
    /// its bound. So tighten every variable's bounds from every equation,
    /// stated or derived, to a fixed point (interval propagation over
    /// whole numbers), and add each variable that comes out pinned as an
    /// equation of its own. [`Self::exposure`] then finds whatever these
    /// fix, by elimination as before. Sound, not complete: it finds what
    /// bounds and elimination together can pin, which is what the
    /// review's attacks used; the release tests check it against an exact
    /// enumeration of small tables.
    pub fn use_non_negativity(&mut self) {
        let n = self.variables();
        let mut low = vec![0.0f64; n];
        let mut high = vec![f64::INFINITY; n];
        let mut pinned = vec![false; n];
        let all_sources = self.stated.iter().fold(0u128, |m, s| m | s.sources);
        let mut rows: Vec<(Vec<(usize, f64)>, f64)> = self
            .stated
            .iter()
            .map(|s| (s.terms.clone(), s.value))
            .chain(nested_differences(&self.stated))
            .collect();
        // Pivots never change once made: each round adds only the new ones.
        let mut pivots_in_rows = 0;
        for _ in 0..MAX_ROUNDS {
            rows.extend(
                self.pivots[pivots_in_rows..]
                    .iter()
                    .map(|p| (sparse(&p.row[..n]), p.row[n])),
            );
            pivots_in_rows = self.pivots.len();
            // Bounds stay sound if the passes stop early, only looser:
            // a cycle of equations can move a bound by one a pass.
            for _ in 0..MAX_PASSES {
                if !tighten(&rows, &mut low, &mut high) {
                    break;
                }
            }
            let mut more = false;
            for v in 0..n {
                if !pinned[v] && high[v].is_finite() && (high[v] - low[v]).abs() < 0.5 {
                    pinned[v] = true;
                    let mut row = vec![0.0; n + 1];
                    row[v] = 1.0;
                    row[n] = low[v];
                    self.add_row(row, all_sources);
                    more = true;
                }
            }
            if !more {
                break;
            }
        }
    }

    /// Add every count `report` shows for this system as an equation.
    pub fn publish(&mut self, source: usize, report: &Report) {
        let Some(end) = self.cohorts.iter().position(|&n| n == report.responses) else {
            return;
        };
        let range = (0, end);
        let total = Cell {
            constraint: Vec::new(),
            columns: ColumnSet::All,
            kind: self.columns,
        };
        self.publish_cell(&total, Some(report.responses), range, source);
        let id = self.survey.questions[self.question].id.clone();
        if let Some(q) = super::question_of(report, &id) {
            self.publish_question(Vec::new(), q, range, source);
        }
        self.publish_breakdown_counts(Vec::new(), report.questions.as_slice(), range, source);
        self.publish_absent_groups(report, range, source);
        for group in report.groups.iter().flatten() {
            let Some(constraint) = self.constraint_of(group) else {
                continue;
            };
            self.publish_breakdown_counts(constraint.clone(), &group.questions, range, source);
            let size = Cell {
                constraint: constraint.clone(),
                columns: ColumnSet::All,
                kind: self.columns,
            };
            self.publish_cell(&size, group.responses, range, source);
            if let Some(q) = group.questions.iter().find(|q| q.id == id) {
                self.publish_question(constraint, q, range, source);
            }
        }
    }

    /// A report leaves out a "no answer" group nobody is in: that says its
    /// size is 0.
    fn publish_absent_groups(&mut self, report: &Report, range: (usize, usize), source: usize) {
        let Some(groups) = &report.groups else {
            return;
        };
        let mut positions = Vec::new();
        for id in &report.by {
            match self
                .breakdowns
                .iter()
                .position(|&b| &self.survey.questions[b].id == id)
            {
                Some(u) => positions.push(u),
                None => return,
            }
        }
        let radices: Vec<usize> = positions.iter().map(|&u| self.radices[u]).collect();
        let listed: Vec<Vec<(usize, usize)>> = groups
            .iter()
            .filter_map(|g| self.constraint_of(g))
            .collect();
        for combo in 0..radices.iter().product() {
            let constraint: Vec<(usize, usize)> = digits_of(combo, &radices)
                .into_iter()
                .zip(&positions)
                .map(|(d, &u)| (self.breakdowns[u], d))
                .collect();
            if !listed.contains(&constraint) {
                let absent = Cell {
                    constraint,
                    columns: ColumnSet::All,
                    kind: self.columns,
                };
                self.publish_cell(&absent, Some(0), range, source);
            }
        }
    }

    /// The counts of the *other* breakdown questions are group sizes too:
    /// "7 people in group g answered `site` with X" is the size of g and X.
    fn publish_breakdown_counts(
        &mut self,
        constraint: Vec<(usize, usize)>,
        questions: &[QuestionReport],
        range: (usize, usize),
        source: usize,
    ) {
        for u in 0..self.breakdowns.len() {
            let b = self.breakdowns[u];
            if b == self.question {
                continue;
            }
            let id = &self.survey.questions[b].id;
            let Some(q) = questions.iter().find(|q| &q.id == id) else {
                continue;
            };
            let kind = self.columns;
            let size_with = |digit: usize| {
                let mut c = constraint.clone();
                c.push((b, digit));
                Cell {
                    constraint: c,
                    columns: ColumnSet::All,
                    kind,
                }
            };
            for (d, option) in q.options.iter().enumerate() {
                let cell = size_with(d);
                self.publish_cell(&cell, option.count, range, source);
            }
            if let Some(answered) = q.answered {
                // answered = size of the group - those who skipped `b`.
                let whole = Cell {
                    constraint: constraint.clone(),
                    columns: ColumnSet::All,
                    kind: self.columns,
                };
                let skipped = size_with(self.radices[u] - 1);
                if let Some(mut row) = self.functional(&whole, range) {
                    if let Some(minus) = self.functional(&skipped, range) {
                        for (x, m) in row.iter_mut().zip(minus) {
                            *x -= m;
                        }
                    }
                    self.add_equation(row, answered, source);
                }
            }
        }
    }

    fn constraint_of(&self, group: &GroupReport) -> Option<Vec<(usize, usize)>> {
        group
            .breakdown
            .iter()
            .map(|v| {
                let u = self
                    .breakdowns
                    .iter()
                    .position(|&b| self.survey.questions[b].id == v.question)?;
                let digit = match v.option {
                    Some(o) => usize::try_from(o).ok()?,
                    None => self.radices[u] - 1,
                };
                Some((self.breakdowns[u], digit))
            })
            .collect()
    }

    fn publish_question(
        &mut self,
        constraint: Vec<(usize, usize)>,
        q: &QuestionReport,
        range: (usize, usize),
        source: usize,
    ) {
        let cell = |columns| Cell {
            constraint: constraint.clone(),
            columns,
            kind: self.columns,
        };
        let mut counts = vec![(cell(ColumnSet::Answered), q.answered)];
        match self.columns {
            Columns::Values(_) => {
                for (i, option) in q.options.iter().enumerate() {
                    counts.push((cell(ColumnSet::One(i)), option.count));
                }
            }
            Columns::MultiOption(o) => {
                if let Some(option) = q.options.get(o) {
                    counts.push((cell(ColumnSet::One(0)), option.count));
                }
            }
            Columns::Text => {}
        }
        for (cell, count) in counts {
            self.publish_cell(&cell, count, range, source);
        }
    }

    fn publish_cell(
        &mut self,
        cell: &Cell,
        count: Option<u64>,
        range: (usize, usize),
        source: usize,
    ) {
        if let (Some(value), Some(row)) = (count, self.functional(cell, range)) {
            self.add_equation(row, value, source);
        }
    }

    /// The first count of 1 to k-1 people that the published equations
    /// fix, over any cohort range and any combination of breakdown answers.
    pub fn exposure(&self, k: u64) -> Option<Found> {
        let mut column_sets: Vec<ColumnSet> =
            (0..self.columns.count()).map(ColumnSet::One).collect();
        column_sets.extend([ColumnSet::Answered, ColumnSet::All]);
        // Each breakdown: any answer (the last choice), or one digit.
        let choices: Vec<usize> = self.radices.iter().map(|r| r + 1).collect();
        let combos: usize = choices.iter().product();
        let cohorts = self.cohorts.len();
        let everyone = Cell {
            constraint: Vec::new(),
            columns: ColumnSet::All,
            kind: self.columns,
        };
        // How many took part, and when, every report says; so does anything
        // that is the same people (the answers to a required question).
        // Indexed by first * cohorts + last (only first <= last is used).
        let public: Vec<Option<Vec<f64>>> = (0..cohorts * cohorts)
            .map(|i| self.functional(&everyone, (i / cohorts, i % cohorts)))
            .collect();
        for combo in 0..combos {
            let picks = digits_of(combo, &choices);
            let constraint: Vec<(usize, usize)> = picks
                .iter()
                .enumerate()
                .filter(|&(u, &d)| d < self.radices[u])
                .map(|(u, &d)| (self.breakdowns[u], d))
                .collect();
            for &columns in &column_sets {
                let cell = Cell {
                    constraint: constraint.clone(),
                    columns,
                    kind: self.columns,
                };
                for first in 0..cohorts {
                    for last in first..cohorts {
                        let Some(row) = self.functional(&cell, (first, last)) else {
                            continue;
                        };
                        if public[first * cohorts + last].as_ref() == Some(&row) {
                            continue;
                        }
                        let (rest, sources) = self.reduce(row);
                        let value_at = rest.len() - 1;
                        if rest[..value_at].iter().any(|x| x.abs() > EPS) {
                            continue;
                        }
                        let value = (-rest[value_at]).round();
                        if value >= 1.0 && value < k as f64 {
                            return Some(Found {
                                cell,
                                range: (first, last),
                                sources: (0..128).filter(|b| sources & (1u128 << b) != 0).collect(),
                            });
                        }
                    }
                }
            }
        }
        None
    }
}

/// Most element comparisons spent looking for nested counts; past it the
/// search stops (what it found is still used).
const NESTING_BUDGET: usize = 4_000_000;

/// For every two stated counts where one counts a subset of the other's
/// people (a total and a part of it, "everyone" and "answered"), the count
/// of the rest: T - S, which is a count too and so never negative.
/// Elimination has these rows only in some combination; interval bounds
/// need them spelt out (a total of 4 with 4 who answered says nobody
/// skipped, in every cohort).
fn nested_differences(stated: &[Stated]) -> Vec<(Vec<(usize, f64)>, f64)> {
    let counts: Vec<(&Vec<(usize, f64)>, f64)> = stated
        .iter()
        .filter(|s| !s.terms.is_empty() && s.terms.iter().all(|&(_, c)| (c - 1.0).abs() < EPS))
        .map(|s| (&s.terms, s.value))
        .collect();
    let mut out: Vec<(Vec<(usize, f64)>, f64)> = Vec::new();
    let mut spent = 0usize;
    for (small, small_value) in &counts {
        for (large, large_value) in &counts {
            if small.len() >= large.len() {
                continue;
            }
            spent += large.len();
            if spent > NESTING_BUDGET {
                return out;
            }
            // Terms are in variable order: walk both.
            let mut rest = Vec::with_capacity(large.len() - small.len());
            let mut inner = small.iter().peekable();
            for &(v, c) in large.iter() {
                match inner.peek() {
                    Some(&&(s, _)) if s == v => {
                        inner.next();
                    }
                    _ => rest.push((v, c)),
                }
            }
            if inner.peek().is_none() && large_value >= small_value {
                out.push((rest, large_value - small_value));
            }
        }
    }
    out
}

/// The nonzero coefficients of a row.
fn sparse(row: &[f64]) -> Vec<(usize, f64)> {
    row.iter()
        .enumerate()
        .filter(|(_, c)| c.abs() > EPS)
        .map(|(i, &c)| (i, c))
        .collect()
}

/// One pass of bound tightening over `rows` (Σ c·x = value, each x a whole
/// number in [low, high]); true if any bound moved.
fn tighten(rows: &[(Vec<(usize, f64)>, f64)], low: &mut [f64], high: &mut [f64]) -> bool {
    let mut moved = false;
    for (terms, value) in rows {
        // The least and most each term can add, with infinities counted
        // apart so the others' sums stay finite.
        let span = |i: usize, c: f64, low: &[f64], high: &[f64]| {
            if c > 0.0 {
                (c * low[i], c * high[i])
            } else {
                (c * high[i], c * low[i])
            }
        };
        let (mut least, mut most) = (0.0, 0.0);
        let (mut least_inf, mut most_inf) = (0usize, 0usize);
        for &(i, c) in terms {
            let (a, b) = span(i, c, low, high);
            if a.is_finite() {
                least += a;
            } else {
                least_inf += 1;
            }
            if b.is_finite() {
                most += b;
            } else {
                most_inf += 1;
            }
        }
        for &(i, c) in terms {
            let (a, b) = span(i, c, low, high);
            // What the other terms add, at least and at most.
            let others_least = match (a.is_finite(), least_inf) {
                (true, 0) => least - a,
                (false, 1) => least,
                _ => f64::NEG_INFINITY,
            };
            let others_most = match (b.is_finite(), most_inf) {
                (true, 0) => most - b,
                (false, 1) => most,
                _ => f64::INFINITY,
            };
            // c·x = value - others.
            let (from, to) = (value - others_most, value - others_least);
            let (lo, hi) = if c > 0.0 {
                (from / c, to / c)
            } else {
                (to / c, from / c)
            };
            // Counts are whole numbers; the slack (relative, since the
            // float error of a sum grows with its size) only ever loosens a
            // bound, so a rounding error can never pin a wrong value.
            let lo = (lo - slack(lo)).ceil();
            let hi = (hi + slack(hi)).floor();
            // Inconsistent figures (hand-made reports) tighten nothing.
            if lo > high[i] + 0.5 || hi < low[i] - 0.5 {
                continue;
            }
            if lo > low[i] + 0.5 {
                low[i] = lo;
                moved = true;
            }
            if hi < high[i] - 0.5 {
                high[i] = hi;
                moved = true;
            }
        }
    }
    moved
}

/// How far a computed bound may be off by float error: 1e-6 of its size,
/// and at least [`EPS`].
fn slack(bound: f64) -> f64 {
    (bound.abs() * 1e-6).max(EPS)
}

/// Mixed-radix digits of `n`, first digit most significant.
fn digits_of(mut n: usize, radices: &[usize]) -> Vec<usize> {
    let mut digits = vec![0; radices.len()];
    for (d, r) in digits.iter_mut().zip(radices).rev() {
        *d = n % r;
        n /= r;
    }
    digits
}
