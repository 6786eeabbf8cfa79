//! The release registry over HTTP: organisers register every export and
//! publication of a survey's results (signed), and anyone can read the
//! newest publication.
//!
//! The server cannot check the counts (it cannot open answers); it checks
//! what it can know: the survey is closed, the report is for this survey
//! with its threshold and questions, and it was counted from exactly the
//! responses in the box now, at least k away from every earlier release.

use actix_web::{get, post, web, HttpResponse};
use caucus_core::encoding::{b64url, from_b64url, hex, sha256};
use caucus_core::report::Report;
use caucus_core::seal::SealedRelease;
use caucus_core::CampaignId;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::AppError;
use crate::http::auth::SignedAdmin;
use crate::state::AppState;
use crate::store::releases::{ReleaseKind, ReleaseRecord};
use crate::store::today;
use crate::writes::commit::{Outcome, Write};
use crate::writes::submit::{commit_error, find_survey, parse_id};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewRelease {
    kind: ReleaseKind,
    /// How many responses the report was counted from.
    responses: u64,
    report: Value,
}

#[post("/api/v1/admin/surveys/{id}/releases")]
pub async fn register(
    state: web::Data<AppState>,
    id: web::Path<String>,
    signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    let request: NewRelease = serde_json::from_slice(&signed.body).map_err(|e| {
        AppError::BadRequest(format!(
            "expected {{\"kind\": \"export\" or \"publication\", \"responses\": n, \"report\": {{...}}}}: {e}"
        ))
    })?;
    let record = find_survey(&state, &id)?;
    let report: Report = serde_json::from_value(request.report.clone())
        .map_err(|e| AppError::BadRequest(format!("report: {e}")))?;
    check_fits(&report, &id, &record.survey, request.responses)?;
    // serde_json sorts object keys, so this is the digest the CLI computes.
    let report_json = serde_json::to_vec(&request.report)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("re-encoding a report: {e}")))?;
    let (kept, sealed) = match request.kind {
        ReleaseKind::Publication => (Some(report.clone()), None),
        ReleaseKind::Export => {
            let sealed =
                SealedRelease::seal(&report_json, &id, &state.organisers, &mut rand::rngs::OsRng)
                    .map_err(|e| AppError::BadRequest(format!("report: {e}")))?;
            (
                None,
                Some(b64url(&state.store.keys.wrap_export(&id, &sealed.0)?)),
            )
        }
    };
    let release = ReleaseRecord {
        seq: 0,
        kind: request.kind,
        responses: request.responses,
        on: today(),
        by: report.by.clone(),
        epsilon: report.noise.as_ref().map(|n| n.epsilon),
        digest: hex(&sha256(&[&report_json])),
        report: kept,
        sealed,
    };
    let digest = release.digest.clone();
    let write = Write::Release {
        id,
        release: Box::new(release),
    };
    match state.committer.commit(write).await.map_err(commit_error)? {
        Outcome::Registered(seq) => {
            log::info!("release registered");
            let mut body = json!({
                "seq": seq,
                "kind": request.kind,
                "responses": request.responses,
                "digest": digest,
            });
            if request.kind == ReleaseKind::Publication {
                body["results"] = json!(format!("/s/{id}/results"));
            }
            Ok(HttpResponse::Created().json(body))
        }
        Outcome::IsOpen => Err(AppError::StillOpen),
        Outcome::Shredded(day) => Err(AppError::Shredded(day)),
        Outcome::StaleRelease(now) => Err(AppError::StaleRelease {
            claimed: request.responses,
            now,
        }),
        Outcome::Differencing { seq, responses } => Err(AppError::Differencing {
            seq,
            responses,
            difference: responses.abs_diff(request.responses),
            k: record.survey.min_group,
        }),
        _ => Err(AppError::NotFound),
    }
}

/// What the server can tell about a report without opening anything.
fn check_fits(
    report: &Report,
    id: &CampaignId,
    survey: &caucus_core::Survey,
    responses: u64,
) -> Result<(), AppError> {
    let bad = |m: String| Err(AppError::BadRequest(format!("report: {m}")));
    if report.survey != id.to_string() {
        return bad(format!("it is for survey {}, not {id}", report.survey));
    }
    if report.responses != responses {
        return bad(format!(
            "it counts {} responses, but the release says {responses}",
            report.responses
        ));
    }
    if report.min_group != survey.min_group {
        return bad(format!(
            "it hides groups below {}, but this survey's threshold is {}",
            report.min_group, survey.min_group
        ));
    }
    let asked: Vec<&str> = survey.questions.iter().map(|q| q.id.as_str()).collect();
    let reported: Vec<&str> = report.questions.iter().map(|q| q.id.as_str()).collect();
    if asked != reported {
        return bad("its questions are not this survey's questions".into());
    }
    if let Some(noise) = &report.noise {
        if !(noise.epsilon.is_finite() && noise.epsilon > 0.0) {
            return bad("its noise has no valid epsilon".into());
        }
    }
    Ok(())
}

/// Every release, for the CLI to check a new one against. Exports come
/// sealed; only an organiser key opens them.
#[get("/api/v1/admin/surveys/{id}/releases")]
pub async fn list(
    state: web::Data<AppState>,
    id: web::Path<String>,
    _signed: SignedAdmin,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    let record = find_survey(&state, &id)?;
    let mut releases = state.store.releases(&id)?;
    for release in &mut releases {
        if record.shredded_on.is_some() {
            // Its key is gone: nothing sealed can be opened any more.
            release.sealed = None;
        } else if let Some(stored) = &release.sealed {
            let wrapped = from_b64url(stored)
                .ok_or_else(|| anyhow::anyhow!("a stored export is not base64url"))?;
            release.sealed = Some(b64url(&state.store.keys.unwrap_export(&id, &wrapped)?));
        }
    }
    Ok(HttpResponse::Ok().json(json!({"releases": releases})))
}

/// The newest published results, as JSON.
#[get("/api/v1/surveys/{id}/results")]
pub async fn results(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = parse_id(&id)?;
    let release = state
        .store
        .latest_publication(&id)?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(json!({
        "seq": release.seq,
        "published_on": release.on,
        "digest": release.digest,
        "report": release.report,
    })))
}
