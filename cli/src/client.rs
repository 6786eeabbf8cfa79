//! Talking to a caucus server: public reads, and admin requests signed with
//! the organiser key (see `caucus_core::request_sig`).

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use anyhow::{anyhow, Context};
use caucus_core::encoding::{b64url, from_b64url};
use caucus_core::request_sig::{sign, RequestParts};
use caucus_core::{CampaignId, OrganiserKey};
use rand::RngCore;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

pub use crate::refusal::{is_not_found, is_unreachable, Refusal, Unreachable};

pub struct Client {
    base: String,
    agent: ureq::Agent,
    key: Option<OrganiserKey>,
    /// The server's public key, fetched once: signed requests name it so
    /// they cannot be replayed on another server.
    server_key: std::cell::OnceCell<String>,
}

/// A campaign id from the command line, with a clear message if it is not one.
pub fn parse_id(text: &str) -> anyhow::Result<CampaignId> {
    text.trim().parse().map_err(|_| {
        anyhow!("`{text}` is not a survey id (22 characters, as printed by `caucus survey create`)")
    })
}

impl Client {
    pub fn new(server: &str) -> anyhow::Result<Self> {
        let base = crate::args::parse_server(server).map_err(|e| anyhow!("--server: {e}"))?;
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(20))
            .timeout(Duration::from_secs(300))
            .user_agent("caucus")
            .build();
        Ok(Self {
            base,
            agent,
            key: None,
            server_key: std::cell::OnceCell::new(),
        })
    }

    pub fn with_key(mut self, path: &Path) -> anyhow::Result<Self> {
        self.key = Some(crate::load_key(path)?);
        Ok(self)
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn key(&self) -> anyhow::Result<&OrganiserKey> {
        self.key
            .as_ref()
            .ok_or_else(|| anyhow!("this command needs --key"))
    }

    /// A failed exchange as people read it: the server's own message for
    /// a refusal, that it could not be reached, or, when the answer is not
    /// caucus's error body, whether a caucus server is there at all.
    fn refusal(&self, err: ureq::Error) -> anyhow::Error {
        match err {
            ureq::Error::Status(status, response) => {
                let detail: Value = response.into_json().unwrap_or(Value::Null);
                match (detail["error"].as_str(), detail["message"].as_str()) {
                    (Some(code), Some(message)) => Refusal {
                        status,
                        code: code.to_string(),
                        message: message.to_string(),
                    }
                    .into(),
                    // Every caucus refusal carries that body: without it,
                    // ask the server who it is before blaming the request.
                    _ => match self.server_key() {
                        Ok(_) => anyhow!("the server refused ({status}) without saying why"),
                        Err(not_caucus) => not_caucus,
                    },
                }
            }
            ureq::Error::Transport(err) => self.unreachable(&err),
        }
    }

    fn unreachable(&self, err: &ureq::Transport) -> anyhow::Error {
        Unreachable {
            base: self.base.clone(),
            cause: err.to_string(),
        }
        .into()
    }

    /// Ask the server who it is: every caucus server answers
    /// `/api/v1/server` with its receipt key. Anything else (a 404 from
    /// another web server, a login page, a proxy's error) means the URL
    /// is wrong, which is what the person needs to hear.
    fn fetch_server_key(&self) -> anyhow::Result<String> {
        let url = format!("{}/api/v1/server", self.base);
        let not_caucus = |what: String| {
            anyhow!(
                "this is not a caucus server (at {}): it {what} to GET /api/v1/server; check --server",
                self.base
            )
        };
        let response = match self.agent.get(&url).call() {
            Ok(response) => response,
            Err(ureq::Error::Status(status, response)) => {
                let detail: Value = response.into_json().unwrap_or(Value::Null);
                if let Some(message) = detail["message"]
                    .as_str()
                    .filter(|_| detail["error"].is_string())
                {
                    // A caucus server that is overloaded or shutting down.
                    return Err(Refusal {
                        status,
                        code: detail["error"].as_str().unwrap_or_default().to_string(),
                        message: message.to_string(),
                    }
                    .into());
                }
                if status >= 500 {
                    return Err(not_caucus(format!(
                        "answered {status} (if a proxy is in front, the caucus server behind it may be down)"
                    )));
                }
                return Err(not_caucus(format!("answered {status}")));
            }
            Err(ureq::Error::Transport(err)) => return Err(self.unreachable(&err)),
        };
        let status = response.status();
        let mut text = Vec::new();
        response
            .into_reader()
            .take(64 * 1024)
            .read_to_end(&mut text)
            .with_context(|| format!("reading the answer of {}", self.base))?;
        serde_json::from_slice::<Value>(&text)
            .ok()
            .and_then(|info| info["server_key"].as_str().map(str::to_string))
            .filter(|k| k.parse::<caucus_core::ServerPublicKey>().is_ok())
            .ok_or_else(|| not_caucus(format!("answered {status} without a caucus server key")))
    }

    fn send<T: DeserializeOwned>(&self, request: ureq::Request, body: &[u8]) -> anyhow::Result<T> {
        match request.send_bytes(body) {
            Ok(response) => {
                // Whole, then parsed: serde_json reads a slice far faster
                // than a stream, which counts for pages of the ballot box.
                let mut text = Vec::new();
                response
                    .into_reader()
                    .read_to_end(&mut text)
                    .with_context(|| format!("reading the answer of {}", self.base))?;
                serde_json::from_slice(&text).or_else(|err| {
                    // A web server that is not caucus may answer 200 with a page.
                    self.server_key()?;
                    Err(err).context("the server's answer was not the JSON expected")
                })
            }
            Err(err) => Err(self.refusal(err)),
        }
    }

    /// RFC 9578 issuance: POST a token request to `url` with the invite
    /// in a `Caucus-Invite` header; the token response's bytes.
    pub fn request_ticket(
        &self,
        url: &str,
        invite: &str,
        request: &[u8],
    ) -> anyhow::Result<Vec<u8>> {
        let call = self
            .agent
            .post(url)
            .set("Content-Type", "application/private-token-request")
            .set("Accept", "application/private-token-response")
            .set("Caucus-Invite", invite)
            .send_bytes(request);
        match call {
            Ok(response) => {
                let mut bytes = Vec::new();
                response
                    .into_reader()
                    .take(1024)
                    .read_to_end(&mut bytes)
                    .context("reading the ticket")?;
                Ok(bytes)
            }
            Err(err) => Err(self.refusal(err)),
        }
    }

    /// The server's receipt key, as it announces it.
    pub fn server_key(&self) -> anyhow::Result<&str> {
        if self.server_key.get().is_none() {
            let key = self.fetch_server_key()?;
            let _ = self.server_key.set(key);
        }
        self.server_key
            .get()
            .map(String::as_str)
            .ok_or_else(|| anyhow!("no server key"))
    }

    /// A signed admin request; `query` is without the leading `?`.
    pub fn signed(
        &self,
        method: &str,
        path: &str,
        query: &str,
        body: &[u8],
    ) -> anyhow::Result<Value> {
        self.signed_as(method, path, query, body)
    }

    /// The same, with the answer read as `T`.
    fn signed_as<T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        query: &str,
        body: &[u8],
    ) -> anyhow::Result<T> {
        let key = self.key()?;
        let created = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut nonce = [0u8; 18];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let headers = sign(
            key,
            &RequestParts {
                method,
                path,
                query,
                body,
            },
            created,
            &b64url(&nonce),
            self.server_key()?,
        );
        let url = if query.is_empty() {
            format!("{}{path}", self.base)
        } else {
            format!("{}{path}?{query}", self.base)
        };
        let request = self
            .agent
            .request(method, &url)
            .set("Content-Digest", &headers.content_digest)
            .set("Signature-Input", &headers.signature_input)
            .set("Signature", &headers.signature);
        self.send(request, body)
    }

    /// A public JSON resource, by path.
    pub fn get_json(&self, path_and_query: &str) -> anyhow::Result<Value> {
        self.send(
            self.agent.get(&format!("{}{path_and_query}", self.base)),
            b"",
        )
    }

    /// A public text resource (a checkpoint note), by path.
    pub fn get_text(&self, path: &str) -> anyhow::Result<String> {
        match self.agent.get(&format!("{}{path}", self.base)).call() {
            Ok(response) => response.into_string().context("reading the answer"),
            Err(err) => Err(self.refusal(err)),
        }
    }

    /// A public (unsigned) POST of a JSON body.
    pub fn post_json(&self, path: &str, body: &[u8]) -> anyhow::Result<Value> {
        let request = self
            .agent
            .post(&format!("{}{path}", self.base))
            .set("Content-Type", "application/json");
        self.send(request, body)
    }

    pub fn create_statement(&self, toml_text: &str, header: &str) -> anyhow::Result<String> {
        let body =
            serde_json::to_vec(&serde_json::json!({"statement": toml_text, "header": header}))?;
        let reply = self.signed("POST", "/api/v1/admin/statements", "", &body)?;
        reply["id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| anyhow!("the server did not return an id"))
    }

    /// Register hashes of short invite codes for a survey or statement
    /// (`kind` is `surveys` or `statements`), in one signed batch.
    pub fn register_invites(
        &self,
        kind: &str,
        id: &CampaignId,
        hashes: &[String],
    ) -> anyhow::Result<Value> {
        let body = serde_json::to_vec(&serde_json::json!({ "hashes": hashes }))?;
        self.signed(
            "POST",
            &format!("/api/v1/admin/{kind}/{id}/invites"),
            "",
            &body,
        )
    }

    /// Post an organiser-signed strike entry for statement `id`.
    pub fn strike(&self, id: &CampaignId, strike: &str) -> anyhow::Result<Value> {
        let body = serde_json::to_vec(&serde_json::json!({"strike": strike}))?;
        self.signed(
            "POST",
            &format!("/api/v1/admin/statements/{id}/strikes"),
            "",
            &body,
        )
    }

    pub fn public_survey(&self, id: &CampaignId) -> anyhow::Result<Value> {
        let request = self
            .agent
            .get(&format!("{}/api/v1/surveys/{id}", self.base));
        self.send(request, b"")
    }

    pub fn create_survey(&self, toml_text: &str) -> anyhow::Result<String> {
        let reply = self.signed("POST", "/api/v1/admin/surveys", "", toml_text.as_bytes())?;
        reply["id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| anyhow!("the server did not return an id"))
    }

    /// Close (`action` "close") or reopen ("reopen") a survey.
    pub fn set_state(&self, id: &str, action: &str) -> anyhow::Result<Value> {
        let id = parse_id(id)?;
        self.signed(
            "POST",
            &format!("/api/v1/admin/surveys/{id}/{action}"),
            "",
            b"",
        )
    }

    pub fn status(&self, id: &str) -> anyhow::Result<Value> {
        let id = parse_id(id)?;
        self.signed("GET", &format!("/api/v1/admin/surveys/{id}"), "", b"")
    }

    /// Every earlier export and publication of a survey's results.
    pub fn releases(&self, id: &CampaignId) -> anyhow::Result<Value> {
        self.signed(
            "GET",
            &format!("/api/v1/admin/surveys/{id}/releases"),
            "",
            b"",
        )
    }

    /// Register a release; the server answers with its number, or refuses.
    pub fn register_release(&self, id: &CampaignId, body: &Value) -> anyhow::Result<Value> {
        self.signed(
            "POST",
            &format!("/api/v1/admin/surveys/{id}/releases"),
            "",
            &serde_json::to_vec(body)?,
        )
    }

    /// Walk the sealed ballot box page by page, handing each page (the
    /// ciphertexts as the server sent them, base64url; see
    /// [`decode_sealed`]) to `each`. An error from `each` stops the walk and
    /// is returned, so a consumer that has given up stops the download.
    pub fn for_each_sealed_page(
        &self,
        id: &CampaignId,
        page_size: usize,
        mut each: impl FnMut(Vec<String>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let path = format!("/api/v1/admin/surveys/{id}/sealed");
        let mut cursor: Option<String> = None;
        loop {
            let query = match &cursor {
                Some(c) => format!("limit={page_size}&cursor={c}"),
                None => format!("limit={page_size}"),
            };
            let page: SealedPage = self.signed_as("GET", &path, &query, b"")?;
            each(page.sealed)?;
            match page.next {
                Some(next) => cursor = Some(next),
                None => return Ok(()),
            }
        }
    }

    /// Walk the sealed ballot box, handing each ciphertext to `each`.
    pub fn for_each_sealed(
        &self,
        id: &CampaignId,
        mut each: impl FnMut(Vec<u8>),
    ) -> anyhow::Result<()> {
        self.for_each_sealed_page(id, SEALED_PAGE, |page| {
            for text in &page {
                each(decode_sealed(text)?);
            }
            Ok(())
        })
    }
}

/// Sealed responses asked for per page: large enough that the signed
/// request and round trip cost little per response, small enough that a
/// few pages in memory are nothing.
pub const SEALED_PAGE: usize = 1000;

/// One page of the sealed ballot box, as the server sends it.
#[derive(Deserialize)]
struct SealedPage {
    sealed: Vec<String>,
    next: Option<String>,
}

/// One ciphertext of a page, from its base64url text.
pub fn decode_sealed(text: &str) -> anyhow::Result<Vec<u8>> {
    from_b64url(text).ok_or_else(|| anyhow!("malformed sealed response"))
}
