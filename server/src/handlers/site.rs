//! The site's own pages: the front page, what the site records, and its
//! stylesheet.

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpResponse};
use minijinja::context;

use crate::handlers::html::render;
use crate::state::AppState;

#[get("/")]
pub async fn index(state: web::Data<AppState>) -> HttpResponse {
    render(&state, StatusCode::OK, "index.html", context! {})
}

#[get("/privacy")]
pub async fn privacy(state: web::Data<AppState>) -> HttpResponse {
    render(&state, StatusCode::OK, "privacy.html", context! {})
}

/// The pages' one optional script (see `http::page_script`).
#[get("/static/ticket.js")]
pub async fn page_script() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(crate::http::page_script::SCRIPT)
}

#[get("/static/style.css")]
pub async fn stylesheet(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(state.templates.stylesheet())
}
