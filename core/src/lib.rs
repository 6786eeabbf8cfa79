//! caucus-core: the domain logic the server and the CLI share, so the two can
//! never disagree about an invite, a sealed answer, a signed request or a tally.
//!
//! Pure: no HTTP, no storage, no terminal. Everything here is deterministic
//! given its inputs (randomness is always passed in), which keeps it testable.

pub mod chart;
pub mod encoding;
pub mod form;
/// What the fuzz targets (and the test of their corpus) call: behind the
/// `fuzzing` feature, not part of the public API.
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod i18n;
pub mod id;
pub mod invite;
pub mod keys;
pub mod log;
pub mod noise;
pub mod receipt;
pub mod redact;
pub mod release;
pub mod report;
pub mod request_sig;
pub mod seal;
pub mod short_code;
pub mod statement;
pub mod suppression;
pub mod survey;
pub mod tally;
pub mod ticket;
pub mod translation;

pub use id::CampaignId;
pub use invite::{Invite, InviteError};
pub use keys::{KeyError, OrganiserKey, OrganiserPublicKey, ServerKey, ServerPublicKey};
pub use receipt::Receipt;
pub use seal::{SealError, SealedPersonal, SealedResponse};
pub use survey::{Answer, AnswerArg, AnswerError, Answers, Survey, SurveyError};
