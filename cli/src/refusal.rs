//! A caucus server's refusal, and a server that could not be reached at
//! all, kept typed so that a command can tell "no such campaign" or "no
//! answer" from other failures and say something more useful.

/// A refusal by a caucus server: its status and the message of its
/// `{"error", "message"}` body, kept apart so commands can tell a missing
/// campaign from other failures.
#[derive(Debug)]
pub struct Refusal {
    pub status: u16,
    /// The server's error code (`not_found`, ...).
    pub code: String,
    pub message: String,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the server refused ({}): {}", self.status, self.message)
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    /// The campaign named in the request does not exist there.
    pub fn is_not_found(&self) -> bool {
        self.status == 404 && self.code == "not_found"
    }
}

/// Whether `err` is a caucus server's answer that no such campaign exists.
pub fn is_not_found(err: &anyhow::Error) -> bool {
    err.downcast_ref::<Refusal>()
        .is_some_and(Refusal::is_not_found)
}

/// No answer at all from a server or mirror (refused connection, unknown
/// host, timeout): `verify --mirror` goes on without the server, and says
/// what that leaves unchecked.
#[derive(Debug)]
pub struct Unreachable {
    pub base: String,
    pub cause: String,
}

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot reach {}: {}", self.base, self.cause)
    }
}

impl std::error::Error for Unreachable {}

/// Whether `err` is, or was caused by, a server that could not be reached.
pub fn is_unreachable(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| cause.is::<Unreachable>())
}
