//! What a response or a signature shows so that it counts once: an invite
//! (a short code, or a long signed one) or a blind ticket obtained with
//! one. Either becomes a spend tag, which the commit thread burns; the two
//! kinds of tag are hashed under different domains, so neither can stand
//! for the other.

use caucus_core::ticket::{Token, TokenChallenge};
use caucus_core::CampaignId;

use crate::error::AppError;
use crate::state::AppState;
use crate::writes::submit::verify_invite;

pub enum Credential {
    Invite(String),
    Ticket(Token),
}

fn present(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

impl Credential {
    /// The one credential a request carries: an RFC 9577 `Authorization:
    /// PrivateToken` header, a `ticket` field or an `invite` field. `None`
    /// when there is none (the caller answers with [`challenge`]); blank
    /// fields, as forms send them, count as absent.
    pub fn choose(
        authorization: Option<&str>,
        ticket: Option<&str>,
        invite: Option<&str>,
    ) -> Result<Option<Self>, AppError> {
        let header = match authorization.map(Token::from_authorization) {
            // Nothing else is understood here: no scheme may pass unread.
            Some(None) => {
                return Err(AppError::BadRequest(
                    "the Authorization header takes only a ticket: PrivateToken token=\"...\" (RFC 9577)"
                        .into(),
                ))
            }
            Some(Some(token)) => Some(token),
            None => None,
        };
        let (ticket, invite) = (present(ticket), present(invite));
        let shown = usize::from(header.is_some())
            + usize::from(ticket.is_some())
            + usize::from(invite.is_some());
        if shown > 1 {
            return Err(AppError::BadRequest(
                "send one invite or one ticket, not both".into(),
            ));
        }
        Ok(match (header, ticket, invite) {
            (Some(token), _, _) => Some(Self::Ticket(token?)),
            (_, Some(text), _) => Some(Self::Ticket(Token::parse(text)?)),
            (_, _, Some(code)) => Some(Self::Invite(code.to_string())),
            _ => None,
        })
    }

    /// The refusal for a credential already used.
    pub fn spent(&self) -> AppError {
        match self {
            Self::Invite(_) => AppError::Spent,
            Self::Ticket(_) => AppError::TicketSpent,
        }
    }
}

/// The spend tag of a credential for campaign `id`, asked at `host`: an
/// invite's (see [`verify_invite`]), or, for a ticket made by this
/// campaign's issuer for its challenge at this address, a MAC of the
/// ticket's nonce hash. Whether it was spent is not looked at here.
pub async fn spend_tag(
    state: &AppState,
    id: &CampaignId,
    credential: &Credential,
    host: &str,
) -> Result<[u8; 32], AppError> {
    match credential {
        Credential::Invite(code) => verify_invite(state, id, code).await,
        Credential::Ticket(token) => {
            if !state.store.keys.exists(id) {
                return Err(AppError::Closed);
            }
            let issuer = state.store.keys.issuer(id)?;
            issuer.check(token, &TokenChallenge::for_campaign(host, id))?;
            Ok(state.store.keys.spend_record(id, &token.spend_name())?)
        }
    }
}

/// The 401 for a request with neither invite nor ticket, carrying the
/// campaign's challenge and key (RFC 9577 section 2.1).
pub fn challenge(state: &AppState, id: &CampaignId, host: &str) -> AppError {
    if !state.store.keys.exists(id) {
        return AppError::Closed;
    }
    match state.store.keys.issuer(id) {
        Ok(issuer) => AppError::NoCredential {
            www_authenticate: TokenChallenge::for_campaign(host, id)
                .www_authenticate(issuer.public()),
        },
        Err(e) => AppError::Internal(e),
    }
}
