//! Adding one [`Tally`] into another, so a ballot box can be opened in
//! parts (one per thread) and counted as if by one tally.
//!
//! Counts are sums and kept free text is a multiset, so merging parts
//! loses nothing: the merged report is the report of one tally over every
//! answer (comments aside, whose order is not part of the contract).

use super::{Group, Tally, TallyError};

impl Group {
    fn merge(&mut self, other: &Group) {
        self.responses += other.responses;
        for (mine, theirs) in self.questions.iter_mut().zip(&other.questions) {
            mine.answered += theirs.answered;
            for (count, more) in mine.values.iter_mut().zip(&theirs.values) {
                *count += more;
            }
        }
    }
}

impl Tally {
    /// Add everything `other` counted (and any free text it kept) to this
    /// tally. Both must count the same survey with the same breakdowns and
    /// both keep text or neither: anything else has no single meaning, and
    /// is refused with nothing changed.
    pub fn merge(&mut self, other: Tally) -> Result<(), TallyError> {
        if self.survey != other.survey {
            return Err(TallyError::CannotMerge("they count different surveys"));
        }
        if self.by != other.by {
            return Err(TallyError::CannotMerge(
                "they are split by different breakdowns",
            ));
        }
        if self.texts.is_some() != other.texts.is_some() {
            return Err(TallyError::CannotMerge("only one of them keeps free text"));
        }
        self.overall.merge(&other.overall);
        for (mine, theirs) in self.groups.iter_mut().zip(&other.groups) {
            mine.merge(theirs);
        }
        if let (Some(mine), Some(theirs)) = (&mut self.texts, other.texts) {
            for (kept, more) in mine.iter_mut().zip(theirs) {
                kept.extend(more);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
