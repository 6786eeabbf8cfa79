//! The HTTP handlers, one file per resource. Each is thin: extract, call
//! one function of `writes` or `store`, map the result (errors through
//! [`crate::error::AppError`]). `router.rs` lists every route.

pub mod admin_invites;
pub mod admin_statements;
pub mod admin_surveys;
pub mod error_page;
pub mod html;
pub mod openapi;
pub mod releases;
pub mod results;
pub mod reveal;
pub mod signing_form;
pub mod site;
pub mod statement_pages;
pub mod statements;
pub mod survey_pages;
pub mod surveys;
pub mod ticket_pages;
pub mod tickets;
pub mod tiles;
pub mod witnesses;
