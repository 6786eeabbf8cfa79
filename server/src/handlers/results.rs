//! The public results page, `/s/{id}/results`: the newest publication of
//! a survey, with the same charts as the CLI's HTML report and no script.
//! Only what an organiser chose to publish (through the release registry)
//! ever appears here.

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpRequest, HttpResponse};
use caucus_core::chart::chart_context;
use minijinja::context;

use crate::error::AppError;
use crate::handlers::html::{page, render};
use crate::http::language::RequestLanguage;
use crate::state::AppState;
use crate::writes::submit::{find_survey, parse_id};

#[get("/s/{id}/results")]
pub async fn results(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
) -> HttpResponse {
    let result = (|| {
        let id = parse_id(&id)?;
        // A survey without a publication yet is not "no such survey".
        let Some(release) = state.store.latest_publication(&id)? else {
            find_survey(&state, &id)?;
            return Err(AppError::NotPublished);
        };
        let report = release.report.ok_or(AppError::NotPublished)?;
        // The language render() will give the page (no campaign default
        // here), so the text inside the charts matches the text around them.
        let lang = RequestLanguage::current().language().code;
        let charts = chart_context(&report, lang);
        Ok(render(
            &state,
            StatusCode::OK,
            "results.html",
            context! { report, charts, published_on => release.on },
        ))
    })();
    page(&state, &req, result)
}
