#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::encoding::{from_hex, hex};

struct Vector {
    secret: Vec<u8>,
    public: Vec<u8>,
    challenge: Vec<u8>,
    nonce: [u8; 32],
    blind: Vec<u8>,
    request: Vec<u8>,
    response: Vec<u8>,
    token: Vec<u8>,
}

/// RFC 9578 Appendix A.1: the test vectors of token type 0x0001.
fn vectors() -> Vec<Vector> {
    let all: serde_json::Value =
        serde_json::from_str(include_str!("rfc9578_a1.json")).expect("vectors");
    let field = |v: &serde_json::Value, name: &str| from_hex(v[name].as_str().unwrap()).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .map(|v| Vector {
            secret: field(v, "skS"),
            public: field(v, "pkS"),
            challenge: field(v, "token_challenge"),
            nonce: field(v, "nonce").try_into().unwrap(),
            blind: field(v, "blind"),
            request: field(v, "token_request"),
            response: field(v, "token_response"),
            token: field(v, "token"),
        })
        .collect()
}

#[test]
fn rfc_9578_test_vectors_pass() {
    let vectors = vectors();
    assert_eq!(vectors.len(), 5);
    for (i, v) in vectors.iter().enumerate() {
        let issuer = Issuer::from_secret(&v.secret).unwrap();
        assert_eq!(
            issuer.public().as_bytes()[..],
            v.public[..],
            "vector {i}: pkS"
        );
        let challenge = TokenChallenge::parse(&v.challenge).unwrap();
        assert_eq!(challenge.to_bytes(), v.challenge, "vector {i}: challenge");
        let digest = sha256(&[&v.challenge]);
        let (pending, request) =
            PendingTicket::fixed(&v.nonce, &digest, issuer.public(), &v.blind).unwrap();
        assert_eq!(
            hex(&request.to_bytes()),
            hex(&v.request),
            "vector {i}: request"
        );
        assert_eq!(TokenRequest::parse(&v.request).unwrap(), request);
        // The proof is randomised; the evaluated element is not.
        let response = issuer.issue(&request, &mut rand::rngs::OsRng).unwrap();
        assert_eq!(response[..NE], v.response[..NE], "vector {i}: evaluate_msg");
        let token = pending.finish(&v.response).unwrap();
        assert_eq!(hex(token.to_bytes()), hex(&v.token), "vector {i}: token");
        issuer.check(&token, &challenge).unwrap();
    }
}

fn campaign() -> (Issuer, TokenChallenge, CampaignId) {
    let id = CampaignId::random(&mut rand::rngs::OsRng);
    let issuer = Issuer::derive(&[7u8; 32], &id).unwrap();
    (
        issuer,
        TokenChallenge::for_campaign("caucus.example", &id),
        id,
    )
}

fn ticket(issuer: &Issuer, challenge: &TokenChallenge) -> Token {
    let mut rng = rand::rngs::OsRng;
    let (pending, request) = PendingTicket::new(challenge, issuer.public(), &mut rng).unwrap();
    let request = TokenRequest::parse(&request.to_bytes()).unwrap();
    pending
        .finish(&issuer.issue(&request, &mut rng).unwrap())
        .unwrap()
}

#[test]
fn a_ticket_verifies_for_its_campaign_only() {
    let (issuer, challenge, id) = campaign();
    let token = ticket(&issuer, &challenge);
    issuer.check(&token, &challenge).unwrap();
    let again = Token::parse(&token.encode()).unwrap();
    assert_eq!(again, token);
    let file = format!("# a ticket\n# for a survey\n{}\n", token.encode());
    assert_eq!(Token::parse(&file).unwrap(), token);
    let unpadded = token.encode().trim_end_matches('=').to_string();
    assert_eq!(Token::parse(&unpadded).unwrap(), token);
    let header = format!("PrivateToken token=\"{}\"", token.encode());
    assert_eq!(Token::from_authorization(&header).unwrap().unwrap(), token);
    assert!(Token::from_authorization("Bearer abc").is_none());

    // The same seed gives each campaign its own key.
    let other_id = CampaignId::random(&mut rand::rngs::OsRng);
    let other = Issuer::derive(&[7u8; 32], &other_id).unwrap();
    assert_ne!(other.public(), issuer.public());
    assert_eq!(
        Issuer::derive(&[7u8; 32], &id).unwrap().public(),
        issuer.public()
    );
    let other_challenge = TokenChallenge::for_campaign("caucus.example", &other_id);
    assert_eq!(
        other.check(&token, &other_challenge),
        Err(TicketError::WrongKey)
    );
    assert_eq!(
        issuer.check(&token, &other_challenge),
        Err(TicketError::WrongChallenge)
    );
    let elsewhere = TokenChallenge::for_campaign("other.example", &id);
    assert_eq!(
        issuer.check(&token, &elsewhere),
        Err(TicketError::WrongChallenge)
    );
    // A different ticket each time, with a different nonce.
    let second = ticket(&issuer, &challenge);
    assert_ne!(second.spend_name(), token.spend_name());
}

#[test]
fn altered_tickets_requests_and_responses_are_refused() {
    let (issuer, challenge, _) = campaign();
    let token = ticket(&issuer, &challenge);
    for at in [2, 40, TOKEN_LEN - 1] {
        let mut bytes = *token.to_bytes();
        bytes[at] ^= 1;
        let altered = Token::from_bytes(&bytes).unwrap();
        assert!(issuer.check(&altered, &challenge).is_err(), "byte {at}");
    }
    assert!(matches!(
        Token::from_bytes(&token.to_bytes()[1..]),
        Err(TicketError::Malformed(_))
    ));
    let mut wrong_type = *token.to_bytes();
    wrong_type[1] = 2;
    assert_eq!(
        Token::from_bytes(&wrong_type),
        Err(TicketError::WrongType(2))
    );

    let mut rng = rand::rngs::OsRng;
    let (pending, request) = PendingTicket::new(&challenge, issuer.public(), &mut rng).unwrap();
    let mut bytes = request.to_bytes();
    bytes[2] ^= 1;
    assert_eq!(
        issuer.issue(&TokenRequest::parse(&bytes).unwrap(), &mut rng),
        Err(TicketError::WrongKey)
    );
    bytes[2] ^= 1;
    // Not a point's encoding: a compressed point starts 02 or 03.
    bytes[3] = 0x07;
    assert!(TokenRequest::parse(&bytes).is_err(), "not a point");
    assert!(TokenRequest::parse(&bytes[..51]).is_err());

    // A response made with another key fails the client's proof check:
    // the server cannot tag one person with a key of their own.
    let (other, _, _) = campaign();
    let tagged = Issuer::derive(&[8u8; 32], &CampaignId::random(&mut rng)).unwrap();
    let mut forged = request.clone();
    forged.truncated_key_id = tagged.public().key_id()[31];
    let response = tagged.issue(&forged, &mut rng).unwrap();
    assert!(matches!(pending.finish(&response), Err(TicketError::Proof)));
    drop(other);
}

#[test]
fn a_challenge_reads_back_and_goes_in_a_header() {
    let (issuer, challenge, _) = campaign();
    assert_eq!(
        TokenChallenge::parse(&challenge.to_bytes()).unwrap(),
        challenge
    );
    assert!(TokenChallenge::parse(&challenge.to_bytes()[..10]).is_err());
    let header = challenge.www_authenticate(issuer.public());
    assert!(header.starts_with("PrivateToken challenge=\""), "{header}");
    assert!(header.contains(&format!("token-key=\"{}\"", issuer.public().encode())));
    assert_eq!(
        IssuerPublicKey::parse(&issuer.public().encode()).unwrap(),
        *issuer.public()
    );
    assert_eq!(issuer.public().fingerprint().len(), 19);
}

/// The worked example of docs/protocol.md section 3a.
#[test]
fn protocol_document_ticket_example() {
    let id = CampaignId::from_bytes(core::array::from_fn(|i| i as u8));
    let key: [u8; 32] = core::array::from_fn(|i| i as u8);
    let issuer = Issuer::from_campaign_key(&key, &id).unwrap();
    let challenge = TokenChallenge::for_campaign("caucus.example", &id);
    let printed = format!(
        "token_key   = {}\nfingerprint = {}\nchallenge   = {}\ndigest      = {}",
        hex(issuer.public().as_bytes()),
        issuer.public().fingerprint(),
        hex(&challenge.to_bytes()),
        hex(&challenge.digest())
    );
    println!("{printed}");
    let doc = include_str!("../../../docs/protocol.md");
    assert!(
        doc.contains(&printed),
        "docs/protocol.md section 3a says otherwise:\n{printed}"
    );
}
