//! What every request passes through before or around its handler:
//! connection limits, security headers, body deadlines, HEAD as GET, the
//! organiser-signature extractor, the flood budget, and templates.

pub mod auth;
pub mod body;
pub mod connections;
pub mod flood;
pub mod head;
pub mod language;
pub mod message;
pub mod page_script;
pub mod privacy_pass;
pub mod render;
pub mod security;
