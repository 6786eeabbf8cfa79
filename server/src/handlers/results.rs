//! The public results page, `/s/{id}/results`: the newest publication of
//! a survey, with the same charts as the CLI's HTML report and no script.
//! Only what an organiser chose to publish (through the release registry)
//! ever appears here.

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpRequest, HttpResponse};
use caucus_core::chart::chart_context;
use minijinja::context;

use crate::error::AppError;
use crate::handlers::html::{campaign_language, page, render_in};
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
        // In the survey's words for the page's language: the publication
        // holds the file's own, and counts by option, so only words change.
        let record = find_survey(&state, &id)?;
        let survey = &record.survey;
        let page = campaign_language(&survey.languages());
        let report = report.in_language(survey, &page.content);
        // The text inside the charts is in the language of the page's
        // words around them.
        let charts = chart_context(&report, page.interface.code);
        let report_lang = survey.content_language(&page.content);
        Ok(render_in(
            &state,
            StatusCode::OK,
            "results.html",
            context! { report, charts, report_lang, published_on => release.on },
            &page,
        ))
    })();
    page(&state, &req, result)
}
