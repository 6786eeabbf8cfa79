//! Everything that changes stored data, and the reason a 2xx means "on
//! disk": handlers prepare a write (`submit` for survey answers, `signing`
//! for signatures and withdrawals), the single writer in `commit` decides
//! and makes it durable, `reshuffle` rewrites a survey's responses in random
//! order, and `retention` destroys what has expired. `invite_checks`
//! checks the invites that come with writes, many at a time.

pub mod commit;
pub mod credential;
pub mod invite_checks;
pub mod reshuffle;
pub mod retention;
pub mod signing;
pub mod submit;
