//! Disclosure control for tables of counts: primary and complementary
//! suppression.
//!
//! A count below the threshold k is hidden (primary suppression). Hiding it
//! is not enough when totals are published: a lone hidden cell in a row
//! equals the row total minus the others. So, until every line is safe, we
//! hide more (complementary suppression), always the smallest count that
//! helps, as statistical agencies do:
//!
//! * a line (a row or column with its total) never has exactly one hidden
//!   member;
//! * the hidden cells of a line whose total is shown add up to at least k,
//!   so they do not form a small group of their own (nor a group of zeros:
//!   counts cannot be negative, so hidden cells summing to 0 are all 0);
//! * no hidden member is fixed by the linear system of all published lines
//!   (Gaussian elimination, which catches patterns the local rules miss);
//! * a hidden member of a line whose shown total is 0 protects nothing:
//!   counts cannot be negative, so it is 0 and as good as shown. It is
//!   never counted as a line's hidden member, nor picked as a complement.
//!
//! Some members are *locked*: their hidden or shown state was decided by
//! another table (group sizes, say, which every question shares), so they
//! are never picked as complements. If a table cannot be made safe without
//! touching a locked member, every unlocked member is hidden (fail closed).

/// A table with its margins. With one row, column totals repeat the cells
/// and are not published; `cols_additive` must then be false.
#[derive(Clone, Debug)]
pub struct Table {
    pub rows: usize,
    pub cols: usize,
    /// Row-major, `rows * cols`.
    pub cells: Vec<u64>,
    pub row_totals: Vec<u64>,
    pub col_totals: Vec<u64>,
    pub grand: u64,
    /// The cells of each row add up to its total (false for multi-choice).
    pub rows_additive: bool,
    /// The cells of each column add up to its total, and the row totals to
    /// the grand total.
    pub cols_additive: bool,
}

/// Which members are hidden, in the same layout as [`Table`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mask {
    pub cells: Vec<bool>,
    pub row_totals: Vec<bool>,
    pub col_totals: Vec<bool>,
    pub grand: bool,
}

struct Line {
    members: Vec<usize>,
    total: usize,
}

impl Table {
    fn member_count(&self) -> usize {
        self.rows * self.cols + self.rows + self.cols + 1
    }
    fn row_total(&self, r: usize) -> usize {
        self.rows * self.cols + r
    }
    fn col_total(&self, c: usize) -> usize {
        self.rows * self.cols + self.rows + c
    }
    fn grand_index(&self) -> usize {
        self.member_count() - 1
    }

    fn values(&self) -> Vec<u64> {
        let mut v = self.cells.clone();
        v.extend(&self.row_totals);
        v.extend(&self.col_totals);
        v.push(self.grand);
        v
    }

    fn lines(&self) -> Vec<Line> {
        let mut lines = Vec::new();
        if self.rows_additive {
            for r in 0..self.rows {
                lines.push(Line {
                    members: (0..self.cols).map(|c| r * self.cols + c).collect(),
                    total: self.row_total(r),
                });
            }
            if self.cols_additive {
                lines.push(Line {
                    members: (0..self.cols).map(|c| self.col_total(c)).collect(),
                    total: self.grand_index(),
                });
            }
        }
        if self.cols_additive {
            for c in 0..self.cols {
                lines.push(Line {
                    members: (0..self.rows).map(|r| r * self.cols + c).collect(),
                    total: self.col_total(c),
                });
            }
            lines.push(Line {
                members: (0..self.rows).map(|r| self.row_total(r)).collect(),
                total: self.grand_index(),
            });
        }
        lines
    }

    /// Hide every unlocked count in 1..k, plus whatever `extra` marks (e.g.
    /// a whole group that is too small), then add complementary
    /// suppression. Members marked in `locked` keep their state in `extra`.
    pub fn protect(&self, k: u64, extra: &Mask, locked: &Mask) -> Mask {
        let values = self.values();
        let locked = flatten(locked);
        let mut hidden: Vec<bool> = flatten(extra);
        for (i, v) in values.iter().enumerate() {
            if !locked[i] && (1..k).contains(v) {
                hidden[i] = true;
            }
        }
        let lines = self.lines();
        let totals: Vec<bool> = (0..values.len())
            .map(|i| i >= self.rows * self.cols)
            .collect();
        let free = |line: &Line, hidden: &[bool], zero: &[bool]| {
            line_members(line).any(|m| !hidden[m] && !locked[m] && !zero[m])
        };
        loop {
            let zero = known_zeros(&lines, &values, &hidden);
            // What really is hidden: a known zero is as good as shown.
            let secret: Vec<bool> = hidden.iter().zip(&zero).map(|(&h, &z)| h && !z).collect();
            let unsafe_line = lines
                .iter()
                .find(|l| locally_unsafe(l, &values, &secret, k));
            let target = match unsafe_line {
                Some(line) => Some(line),
                None => determined_member(&lines, &secret).and_then(|member| {
                    let through = |l: &&Line| l.total == member || l.members.contains(&member);
                    let mut candidates = lines.iter().filter(through);
                    let first = candidates.clone().next();
                    candidates.find(|l| free(l, &hidden, &zero)).or(first)
                }),
            };
            let Some(line) = target else {
                break;
            };
            if !free(line, &hidden, &zero) {
                // Nothing left to hide here without overruling another
                // table: hide everything this table decides.
                for (i, h) in hidden.iter_mut().enumerate() {
                    *h |= !locked[i];
                }
                break;
            }
            match best_candidate(line, &values, &hidden, &locked, &totals, &zero) {
                Some(pick) => hidden[pick] = true,
                None => break,
            }
        }
        self.unflatten(&hidden)
    }

    fn unflatten(&self, hidden: &[bool]) -> Mask {
        let n = self.rows * self.cols;
        Mask {
            cells: hidden[..n].to_vec(),
            row_totals: hidden[n..n + self.rows].to_vec(),
            col_totals: hidden[n + self.rows..n + self.rows + self.cols].to_vec(),
            grand: hidden[n + self.rows + self.cols],
        }
    }

    /// A mask hiding nothing, to start from.
    pub fn clear_mask(&self) -> Mask {
        Mask {
            cells: vec![false; self.rows * self.cols],
            row_totals: vec![false; self.rows],
            col_totals: vec![false; self.cols],
            grand: false,
        }
    }

    /// True when some hidden member follows exactly from the published ones.
    pub fn leaks(&self, mask: &Mask) -> bool {
        determined_member(&self.lines(), &flatten(mask)).is_some()
    }
}

fn flatten(mask: &Mask) -> Vec<bool> {
    let mut v = mask.cells.clone();
    v.extend(&mask.row_totals);
    v.extend(&mask.col_totals);
    v.push(mask.grand);
    v
}

fn line_members(line: &Line) -> impl Iterator<Item = usize> + '_ {
    line.members
        .iter()
        .copied()
        .chain(std::iter::once(line.total))
}

fn locally_unsafe(line: &Line, values: &[u64], hidden: &[bool], k: u64) -> bool {
    let count = line_members(line).filter(|&m| hidden[m]).count();
    if count == 1 {
        return true;
    }
    if count == 0 || hidden[line.total] || values[line.total] == 0 {
        return false;
    }
    let sum: u64 = line
        .members
        .iter()
        .filter(|&&m| hidden[m])
        .map(|&m| values[m])
        .sum();
    sum < k
}

/// The smallest positive cell, then the smallest positive total, then zeros
/// (never a known zero, which would protect nothing).
fn best_candidate(
    line: &Line,
    values: &[u64],
    hidden: &[bool],
    locked: &[bool],
    totals: &[bool],
    zero: &[bool],
) -> Option<usize> {
    line_members(line)
        .filter(|&m| !hidden[m] && !locked[m] && !zero[m])
        .min_by_key(|&m| (values[m] == 0, totals[m], values[m], m))
}

/// The members anyone can tell are 0: those of a line whose total is 0 and
/// shown, or is itself known to be 0 (counts are never negative).
fn known_zeros(lines: &[Line], values: &[u64], hidden: &[bool]) -> Vec<bool> {
    let mut zero = vec![false; values.len()];
    loop {
        let mut more = false;
        for line in lines {
            let total = line.total;
            if values[total] == 0 && (!hidden[total] || zero[total]) {
                zero[total] = true;
                for &m in &line.members {
                    if !zero[m] {
                        zero[m] = true;
                        more = true;
                    }
                }
            }
        }
        if !more {
            return zero;
        }
    }
}

/// Some hidden member whose value the published lines fix exactly.
fn determined_member(lines: &[Line], hidden: &[bool]) -> Option<usize> {
    let vars: Vec<usize> = (0..hidden.len()).filter(|&i| hidden[i]).collect();
    if vars.is_empty() {
        return None;
    }
    let column_of = |member: usize| vars.iter().position(|&v| v == member);
    let mut matrix: Vec<Vec<f64>> = lines
        .iter()
        .filter_map(|line| {
            let mut row = vec![0.0; vars.len()];
            let mut any = false;
            for &m in &line.members {
                if let Some(c) = column_of(m) {
                    row[c] += 1.0;
                    any = true;
                }
            }
            if let Some(c) = column_of(line.total) {
                row[c] -= 1.0;
                any = true;
            }
            any.then_some(row)
        })
        .collect();
    // Reduced row echelon form; coefficients stay small integers/ratios.
    let mut pivot_row = 0;
    let mut pivots = Vec::new();
    for col in 0..vars.len() {
        let Some(best) = (pivot_row..matrix.len())
            .max_by(|&a, &b| matrix[a][col].abs().total_cmp(&matrix[b][col].abs()))
        else {
            break;
        };
        if matrix[best][col].abs() < 1e-9 {
            continue;
        }
        matrix.swap(pivot_row, best);
        let lead = matrix[pivot_row][col];
        for x in matrix[pivot_row].iter_mut() {
            *x /= lead;
        }
        let pivot = matrix[pivot_row].clone();
        for (r, row) in matrix.iter_mut().enumerate() {
            if r != pivot_row && row[col].abs() > 1e-9 {
                let factor = row[col];
                for (x, p) in row.iter_mut().zip(&pivot) {
                    *x -= factor * p;
                }
            }
        }
        pivots.push((pivot_row, col));
        pivot_row += 1;
    }
    pivots.into_iter().find_map(|(r, col)| {
        let alone = matrix[r]
            .iter()
            .enumerate()
            .all(|(c, x)| c == col || x.abs() < 1e-9);
        alone.then_some(vars[col])
    })
}

#[cfg(test)]
mod tests;
