//! HEAD, answered as GET without a body.
//!
//! RFC 9110 section 9.1 requires a general-purpose server to support HEAD
//! wherever it supports GET, and link checkers and some proxies use it.
//! actix-web routes HEAD only where a handler asks for it, so this
//! middleware routes a HEAD request as the GET it stands for; actix-http
//! already sends no body for a HEAD request (it decided that when it read
//! the request line), while the headers, Content-Length included, are the
//! GET's.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;

pub async fn as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
}
